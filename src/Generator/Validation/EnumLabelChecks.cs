using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The rules an enum's labels keep (BIAB012): each one storable (<see cref="EnumLabels.Problem"/>) and written once, and
/// each making its own C# member, so the converter maps every member to one label and back.
/// </summary>
internal static class EnumLabelChecks
{
    public static (EquatableArray<string> Labels, EquatableArray<string> Members) Check(IReadOnlyList<EnumValueDraft> items, string what, FileDiagnostics diagnostics)
    {
        var labels = new List<string>();
        var members = new List<string>();
        var seenLabels = new HashSet<string>(System.StringComparer.Ordinal);
        var seenMembers = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (EnumLabels.Problem(item.Label) is { } problem)
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.LabelLocation, $"The value '{Wording.Shorten(item.Label)}' of enum {what} is not valid: {problem}.");
                continue;
            }

            if (!seenLabels.Add(item.Label))
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.LabelLocation, $"The value '{Wording.Shorten(item.Label)}' of enum {what} appears twice.");
                continue;
            }

            var member = item.Member ?? EnumLabels.Member(item.Label);
            if (EnumLabels.MemberProblem(member) is { } memberProblem)
            {
                var hint = item.Member is null
                    ? $"the label '{Wording.Shorten(item.Label)}' gives no C# member name ({memberProblem}); choose one with {{ name: SomeName, value: ... }}"
                    : $"the member name '{Wording.Shorten(member)}' is not valid: {memberProblem}";
                diagnostics.Add(Descriptors.InvalidEnum, item.MemberLocation ?? item.LabelLocation, $"A value of enum {what} is not valid: {hint}.");
                continue;
            }

            if (seenMembers.TryGetValue(member, out var other))
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.MemberLocation ?? item.LabelLocation, $"The values '{Wording.Shorten(other)}' and '{Wording.Shorten(item.Label)}' of enum {what} both become the C# member {member}; choose another with {{ name: SomeName, value: {Wording.Shorten(item.Label)} }}.");
                continue;
            }

            seenMembers.Add(member, item.Label);
            labels.Add(item.Label);
            members.Add(member);
        }

        return (labels.ToEquatableArray(), members.ToEquatableArray());
    }
}
