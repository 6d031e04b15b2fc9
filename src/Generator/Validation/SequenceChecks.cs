using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// <c>identity: serial</c> (BIAB051) numbers a table's single integer or bigint key from a sequence, as identity does:
/// a sequence per column belongs to one key, never to a member of a composite key or to a column outside the key.
/// </summary>
internal static class SequenceChecks
{
    public static void Check(List<FieldModel> fields, int keyCount, string? model, string what, FileDiagnostics diagnostics)
    {
        foreach (var field in fields)
        {
            if (!field.Serial || (keyCount == 1 && field.Primary))
            {
                continue;
            }

            var where = field.Primary ? "a member of the composite key" : "not the primary key";
            diagnostics.Add(Descriptors.InvalidIdentity, field.SerialLocation!, $"Field {Wording.Qualified(model, field.Name)} sets 'identity: serial', which applies only to the single integer or bigint key of {what}; it is {where}.");
        }
    }
}
