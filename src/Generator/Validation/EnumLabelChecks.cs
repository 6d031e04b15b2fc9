using System;
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
    public static (EquatableArray<string> Labels, EquatableArray<string> Members) Check(EquatableArray<EnumValueDraft> items, Subject what, FileDiagnostics diagnostics)
    {
        // An enum has a handful of values: looking them up in these arrays beats building two hash tables per enum
        // field, and when every value is valid, as nearly always, the arrays are the result as they stand.
        var labels = new string[items.Count];
        var members = new string[items.Count];
        var count = 0;
        List<string>? refused = null;
        foreach (var item in items)
        {
            if (EnumLabels.Problem(item.Label) is { } problem)
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.LabelLocation, $"The value '{Wording.Shorten(item.Label)}' of enum {what} is not valid: {problem}.");
                continue;
            }

            if (Array.IndexOf(labels, item.Label, 0, count) >= 0 || refused?.Contains(item.Label) == true)
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.LabelLocation, $"The value '{Wording.Shorten(item.Label)}' of enum {what} appears twice.");
                continue;
            }

            var member = item.Member ?? EnumLabels.Member(item.Label);
            var other = Array.IndexOf(members, member, 0, count);
            if (EnumLabels.MemberProblem(member) is { } memberProblem)
            {
                var hint = item.Member is null
                    ? $"the label '{Wording.Shorten(item.Label)}' gives no C# member name ({memberProblem}); choose one with {{ name: SomeName, value: ... }}"
                    : $"the member name '{Wording.Shorten(member)}' is not valid: {memberProblem}";
                diagnostics.Add(Descriptors.InvalidEnum, item.MemberLocation ?? item.LabelLocation, $"A value of enum {what} is not valid: {hint}.");
            }
            else if (other >= 0)
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.MemberLocation ?? item.LabelLocation, $"The values '{Wording.Shorten(labels[other])}' and '{Wording.Shorten(item.Label)}' of enum {what} both become the C# member {member}; choose another with {{ name: SomeName, value: {Wording.Shorten(item.Label)} }}.");
            }
            else
            {
                labels[count] = item.Label;
                members[count++] = member;
                continue;
            }

            // Refused for its member, the label is still written: another one like it appears twice.
            (refused ??= new List<string>()).Add(item.Label);
        }

        if (count < items.Count)
        {
            Array.Resize(ref labels, count);
            Array.Resize(ref members, count);
        }

        return (new EquatableArray<string>(labels), new EquatableArray<string>(members));
    }
}
