using System;
using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The fields of one model, checked against each other as they are read: no two may become one column or one C#
/// property (BIAB008), and none may become a member the generated class already has (BIAB007).
/// </summary>
internal sealed class FieldSiblings(string? model)
{
    /// <summary>C# member names the generated class itself uses (the column lists of <c>Columns</c> and the row helpers included).</summary>
    private static readonly string[] ReservedMembers = { "TableName", "Columns", "All", "AllParameters", "Read", "ReadAll", "ReadAllAsync", "Reader", "AddParameters" };

    private readonly Dictionary<string, FieldModel> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FieldModel> _properties = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the field collides with none read before it; else reported at the field's key.</summary>
    public bool Accepts(FieldModel field, FileDiagnostics diagnostics)
    {
        var property = FieldNames.Property(field);
        if (_columns.TryGetValue(field.Column, out var clash) || _properties.TryGetValue(property, out clash))
        {
            diagnostics.Add(Descriptors.DuplicateField, field.Location, $"Field {Wording.Qualified(model, field.Name)} collides with field {Wording.Qualified(model, clash.Name)}: both would be column '{field.Column}' or property '{property}'.");
            return false;
        }

        if ((model is not null && property == model) || Array.IndexOf(ReservedMembers, property) >= 0)
        {
            diagnostics.Add(Descriptors.ReservedWord, field.Location, $"Field {Wording.Qualified(model, field.Name)} would become the C# member '{property}', which the generated class {model ?? "of the model"} already uses; rename the field, or give it another C# name with 'property:'.");
            return false;
        }

        _columns[field.Column] = field;
        _properties[property] = field;
        return true;
    }
}
