using System;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The fields of one model, checked against each other as they are read: no two may become one column or one C#
/// property (BIAB008), and none may become a member the generated class already has (BIAB007).
/// </summary>
/// <param name="model">The model's name, null when it is not valid.</param>
/// <param name="capacity">How many fields the model writes.</param>
internal sealed class FieldSiblings(string? model, int capacity)
{
    /// <summary>C# member names the generated class itself uses (the column lists of <c>Columns</c> and the row helpers included).</summary>
    private static readonly string[] ReservedMembers = { "TableName", "Columns", "All", "AllParameters", "Read", "ReadAll", "ReadAllAsync", "Reader", "AddParameters" };

    // A model has tens of fields: comparing with each one before (most differ in length at once) is cheaper than two
    // hash tables of names hashed ignoring case, which growing field by field rehashed several times over.
    private readonly FieldModel[] _fields = new FieldModel[capacity];
    private int _count;

    /// <summary>True when the field collides with none read before it; else reported at the field's key.</summary>
    public bool Accepts(FieldModel field, FileDiagnostics diagnostics)
    {
        var property = field.Property;
        if (Clash(field.Column, property) is { } clash)
        {
            diagnostics.Add(Descriptors.DuplicateField, field.Location, $"Field {Wording.Qualified(model, field.Name)} collides with field {Wording.Qualified(model, clash.Name)}: both would be column '{field.Column}' or property '{property}'.");
            return false;
        }

        if ((model is not null && property == model) || Array.IndexOf(ReservedMembers, property) >= 0)
        {
            diagnostics.Add(Descriptors.ReservedWord, field.Location, $"Field {Wording.Qualified(model, field.Name)} would become the C# member '{property}', which the generated class {model ?? "of the model"} already uses; rename the field, or give it another C# name with 'property:'.");
            return false;
        }

        _fields[_count++] = field;
        return true;
    }

    /// <summary>The first field before with this column or this property; as a lookup by column first would find, a column clash wins.</summary>
    private FieldModel? Clash(string column, string property)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_fields[i].Column, column, StringComparison.OrdinalIgnoreCase))
            {
                return _fields[i];
            }
        }

        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_fields[i].Property, property, StringComparison.OrdinalIgnoreCase))
            {
                return _fields[i];
            }
        }

        return null;
    }
}
