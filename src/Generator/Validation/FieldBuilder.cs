using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// A schema file's <see cref="FieldDraft"/>s → its <see cref="FieldModel"/>s: each field checked by the rules one
/// field keeps (<see cref="FieldChecks"/> and the checks of each option), then against the fields before it
/// (<see cref="FieldSiblings"/>). A field with any error is left out; each error is reported where it was written.
/// </summary>
internal static class FieldBuilder
{
    private static readonly string[] TypeOptions = { "max_length", "precision", "scale", "values", "target", "on_delete", "on_update", "fk_name", "sql_type", "clr_type", "column_type" };

    /// <param name="model">The model's name, null when it is not valid.</param>
    public static List<FieldModel> Build(EquatableArray<FieldDraft> drafts, string? model, FileDiagnostics diagnostics)
    {
        var result = new List<FieldModel>(drafts.Count);
        var siblings = new FieldSiblings(model, drafts.Count);
        foreach (var draft in drafts)
        {
            if (Build(draft, model, diagnostics) is { } field && siblings.Accepts(field, diagnostics))
            {
                result.Add(field);
            }
        }

        return result;
    }

    private static FieldModel? Build(FieldDraft draft, string? model, FileDiagnostics diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        if (!FieldChecks.Name(draft.Name.Value, draft.Name.Location, model, diagnostics))
        {
            return null;
        }

        diagnostics.AddRange(draft.ReadProblems);
        if (draft.Type is not { } type)
        {
            return null;
        }

        var what = Subject.Field(model, draft.Name.Value);
        var column = Column(draft, type, what, diagnostics);
        var (precision, scale, custom, clrType) = ColumnType(draft, type, model, what, diagnostics);
        var (values, members) = draft.Values is { } written ? EnumLabelChecks.Check(written, what, diagnostics) : (EquatableArray<string>.Empty, EquatableArray<string>.Empty);
        var reference = Reference(draft, type, what, diagnostics);
        var refColumnType = type == FieldType.Ref ? RefColumnTypes.Read(draft.RefColumnType, what, diagnostics) : null;
        if (type == FieldType.Ref && (draft.RefColumnType is null || refColumnType is not null))
        {
            RefColumnTypes.CheckLength(draft, refColumnType?.Type, what, diagnostics);
        }

        var identity = Identity(draft, type, what, diagnostics);
        var defaultValue = Default(draft, type, precision, scale, custom, values, what, diagnostics);
        var generate = GenerateChecks.Generate(draft, type, what, diagnostics);
        var native = NativeEnumChecks.Native(draft, type, what, diagnostics);
        var autoUpdate = AutoUpdateChecks.AutoUpdate(draft, type, what, diagnostics);
        GenerateChecks.DefaultSqlAlone(draft, what, diagnostics);
        defaultValue ??= Used(draft.DefaultSql, diagnostics);
        var renamedFrom = RenamedFrom(draft, what, diagnostics);
        var property = draft.Property is { } propertyNode ? FieldNames.PropertyName(propertyNode.Value, propertyNode.Location, what, diagnostics) : null;
        var foreignKey = draft.ForeignKeyName is { } keyNode ? DatabaseNames.Check(keyNode.Value, keyNode.Location, "fk_name", what, diagnostics) : null;
        if (diagnostics.Count > errorsBefore || column is null)
        {
            return null;
        }

        return new FieldModel(
            draft.Name.Value,
            column,
            type,
            draft.Required,
            draft.Primary,
            draft.Unique && !draft.Primary,
            draft.MaxLength,
            precision,
            scale,
            defaultValue,
            values,
            reference.Target,
            reference.OnDelete,
            renamedFrom,
            Used(draft.Description, diagnostics),
            draft.Name.Location)
        {
            EnumMembers = members,
            Generate = generate,
            NativeEnum = native,
            AutoUpdate = autoUpdate,
            Property = property ?? FieldNames.DefaultProperty(draft.Name.Value, type),
            ForeignKeyName = foreignKey,
            Array = draft.Array,
            Custom = custom,
            ClrType = clrType,
            OnUpdate = reference.OnUpdate,
            RefColumnType = refColumnType?.Type,
            RefColumnTypeLocation = refColumnType?.Location,
            Identity = identity,
            SerialLocation = FieldTypes.CanBeIdentity(type) ? draft.Serial : null,
        };
    }

    /// <summary>The written <c>column:</c>, else the name the field gives; null when either is not valid (reported).</summary>
    private static string? Column(FieldDraft draft, FieldType type, Subject what, FileDiagnostics diagnostics)
    {
        if (draft.Column is { } written)
        {
            return FieldNames.Column(written.Value, written.Location, what, diagnostics);
        }

        var column = FieldNames.DefaultColumn(draft.Name.Value, type);
        if (type == FieldType.Ref)
        {
            FieldNames.RefNamedLikeColumn(draft.Name.Value, draft.Name.Location, what, diagnostics);
        }

        return FieldChecks.Column(column, draft.Name.Location, what, diagnostics) ? column : null;
    }

    /// <summary>
    /// The column type's digits and custom SQL types, each option checked against the type; the <see cref="Model.ColumnType"/>
    /// is made only for a default to be read against, as most fields have none.
    /// </summary>
    private static (int? Precision, int? Scale, CustomSqlType? Custom, string? ClrType) ColumnType(FieldDraft draft, FieldType type, string? model, Subject what, FileDiagnostics diagnostics)
    {
        if (draft.Primary)
        {
            FieldChecks.KeyType(type, draft.TypeLocation!, Wording.Qualified(model, draft.Name.Value), diagnostics);
        }

        foreach (var option in TypeOptions)
        {
            // A ref's max_length belongs to its column_type, checked with it.
            if ((type != FieldType.Ref || option != "max_length") && draft.KeyLocation(option) is { } key)
            {
                FieldChecks.OptionApplies(option, type, key, what, diagnostics);
            }
        }

        if (type == FieldType.Char)
        {
            TypeOptionChecks.CharLength(draft.Has("max_length"), draft.TypeLocation!, what, diagnostics);
        }

        var (precision, scale) = type == FieldType.Decimal ? PrecisionAndScale(draft, what, diagnostics) : (draft.Precision, null);
        if (draft.Array)
        {
            TypeOptionChecks.Array(type, draft.Primary, draft.KeyLocation("array")!, what, diagnostics);
        }

        var (custom, clrType) = type == FieldType.Custom ? TypeOptionChecks.Custom(draft, what, diagnostics) : (null, null);
        return (precision, scale, custom, clrType);
    }

    /// <summary>Neither given: the defaults (18, 2); only one given: the other defaults to 18 or 0.</summary>
    private static (int? Precision, int? Scale) PrecisionAndScale(FieldDraft draft, Subject what, FileDiagnostics diagnostics)
    {
        FieldChecks.PrecisionAndScale(draft.Precision, draft.Scale, draft.ScaleLocation!, what, diagnostics);
        if (!draft.Has("precision") && !draft.Has("scale"))
        {
            return (Model.ColumnType.DefaultPrecision, Model.ColumnType.DefaultScale);
        }

        return (draft.Precision ?? Model.ColumnType.DefaultPrecision, draft.Scale ?? 0);
    }

    private static (string? Target, OnDelete OnDelete, OnDelete OnUpdate) Reference(FieldDraft draft, FieldType type, Subject what, FileDiagnostics diagnostics)
    {
        if (type != FieldType.Ref)
        {
            return (null, OnDelete.NoAction, OnDelete.NoAction);
        }

        var target = draft.Target is { } written ? FieldChecks.Target(written.Value, written.Location, what, diagnostics) : null;
        var onDelete = Action(draft.OnDelete, "on_delete", draft.Required, what, diagnostics);
        return (target, onDelete, Action(draft.OnUpdate, "on_update", draft.Required, what, diagnostics));
    }

    /// <summary>on_delete or on_update: one of the referential actions.</summary>
    private static OnDelete Action(LocatedValue? written, string option, bool required, Subject what, FileDiagnostics diagnostics)
    {
        if (written is null)
        {
            return OnDelete.NoAction;
        }

        if (!EnumNames.OnDelete.TryParse(written.Value, out var action))
        {
            var suggestion = Suggestions.Closest(written.Value, EnumNames.OnDelete.Names);
            diagnostics.Add(Descriptors.SchemaBadValue, written.Location, $"{option} of {what} must be one of {string.Join(", ", EnumNames.OnDelete.Names)}, not '{Wording.Shorten(written.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
        }
        else
        {
            FieldChecks.OnDelete(action, required, written.Location, what, diagnostics, option);
        }

        return action;
    }

    /// <summary><c>identity:</c> is only for integer and bigint fields; whether the field is a single key is the model's check.</summary>
    private static bool Identity(FieldDraft draft, FieldType type, Subject what, FileDiagnostics diagnostics)
    {
        if ((draft.Identity is not null || draft.Serial is not null) && !FieldTypes.CanBeIdentity(type))
        {
            diagnostics.Add(Descriptors.InvalidIdentity, draft.KeyLocation("identity")!, $"'identity' applies only to an integer or bigint primary key; {what} is {EnumNames.FieldTypes.Name(type)}.");
        }

        return draft.Serial is null && (draft.Identity ?? true);
    }

    private static DefaultValue? Default(FieldDraft draft, FieldType type, int? precision, int? scale, CustomSqlType? custom, EquatableArray<string> values, Subject what, FileDiagnostics diagnostics) =>
        draft.Default is { } written
            ? FieldChecks.Default(new ColumnType(type, draft.MaxLength, precision, scale) { Array = draft.Array, Custom = custom }, written.Value, values, written.Location, what, diagnostics)
            : null;

    private static string? RenamedFrom(FieldDraft draft, Subject what, FileDiagnostics diagnostics)
    {
        if (draft.RenamedFrom is not { } written)
        {
            return null;
        }

        var renamedFrom = DatabaseNames.Check(written.Value, written.Location, "renamed_from name", what, diagnostics);
        FieldChecks.NotRenamedFromItself(renamedFrom, draft.Name.Value, written.Location, what, diagnostics);
        return renamedFrom;
    }

    /// <summary>A value read apart, with the problems reading it found now that it is used.</summary>
    private static T? Used<T>(ReadValue<T>? read, FileDiagnostics diagnostics)
        where T : class
    {
        if (read is null)
        {
            return null;
        }

        diagnostics.AddRange(read.Problems);
        return read.Value;
    }
}
