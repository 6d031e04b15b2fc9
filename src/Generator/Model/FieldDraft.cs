namespace BackendInABox.Generator.Model;

/// <summary>
/// One entry of a schema file's <c>fields:</c> as Parsing read it, before Validation checks it and builds its
/// <see cref="FieldModel"/>: each value as written, with the location a check reports at, and the problems reading
/// found. Those are reported only when the field's name is valid, since a field with a bad name is not read further.
/// </summary>
/// <param name="Name">The field's key.</param>
/// <param name="ReadProblems">Shape, spelling and kind problems of the field's YAML, in the order they were found.</param>
internal sealed record FieldDraft(LocatedValue Name, EquatableArray<DiagnosticInfo> ReadProblems)
{
    /// <summary>The type, null when it is missing or unknown or the field is not a mapping; nothing else is read then.</summary>
    public FieldType? Type { get; init; }

    public LocationInfo? TypeLocation { get; init; }

    /// <summary>Each key written with a value, at the key: where "does not apply" and "both given" are reported.</summary>
    public EquatableArray<LocatedValue> Keys { get; init; } = EquatableArray<LocatedValue>.Empty;

    public bool Primary { get; init; }

    /// <summary>True when written, or when the field is primary (then <c>required:</c> is not read).</summary>
    public bool Required { get; init; }

    public bool Unique { get; init; }

    /// <summary>Read for string and char fields only.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Read for decimal and the time types only, within each one's range.</summary>
    public int? Precision { get; init; }

    /// <summary>Read for decimal fields only.</summary>
    public int? Scale { get; init; }

    /// <summary>The <c>scale:</c> value when <see cref="Scale"/> is read from it, else null: only a scale is checked there.</summary>
    public LocationInfo? ScaleLocation { get; init; }

    public bool Array { get; init; }

    /// <summary>A custom field's <c>clr_type:</c>.</summary>
    public LocatedValue? ClrType { get; init; }

    /// <summary>A custom field's <c>sql_type:</c> mapping, null when it is missing or not a mapping.</summary>
    public SqlTypeDraft? SqlType { get; init; }

    /// <summary>An enum field's <c>values:</c>, null when the list is missing or of the wrong shape (reported).</summary>
    public EquatableArray<EnumValueDraft>? Values { get; init; }

    /// <summary>A ref field's <c>target:</c>.</summary>
    public LocatedValue? Target { get; init; }

    /// <summary>A ref field's <c>on_delete:</c> as written.</summary>
    public LocatedValue? OnDelete { get; init; }

    /// <summary>A ref field's <c>on_update:</c> as written.</summary>
    public LocatedValue? OnUpdate { get; init; }

    /// <summary>A ref field's <c>column_type:</c> as written.</summary>
    public LocatedValue? RefColumnType { get; init; }

    /// <summary>A ref field's <c>fk_name:</c>.</summary>
    public LocatedValue? ForeignKeyName { get; init; }

    public bool? Identity { get; init; }

    /// <summary>Where <c>identity: serial</c> is written (then <see cref="Identity"/> is null), else null.</summary>
    public LocationInfo? Serial { get; init; }

    /// <summary>The <c>default:</c> text; a YAML list is <c>[]</c>, or <c>[…]</c> when it has items.</summary>
    public LocatedValue? Default { get; init; }

    /// <summary><c>default_sql:</c>, which a field uses only when it has no valid <c>default:</c>; its problems are reported only then.</summary>
    public ReadValue<DefaultValue>? DefaultSql { get; init; }

    public LocatedValue? Generate { get; init; }

    public LocatedValue? Native { get; init; }

    public bool AutoUpdate { get; init; }

    public LocatedValue? Column { get; init; }

    public LocatedValue? Property { get; init; }

    public LocatedValue? RenamedFrom { get; init; }

    /// <summary>Read apart: a field with an error is not built, and its description is then not read.</summary>
    public ReadValue<string>? Description { get; init; }

    /// <summary>The key's location when <paramref name="key"/> is written with a value, else null.</summary>
    public LocationInfo? KeyLocation(string key)
    {
        foreach (var written in Keys)
        {
            if (written.Value == key)
            {
                return written.Location;
            }
        }

        return null;
    }

    public bool Has(string key) => KeyLocation(key) is not null;
}

/// <summary>A custom field's <c>sql_type:</c>: each dialect's type as written (null when missing), and where.</summary>
internal sealed record SqlTypeDraft(string? Postgres, LocationInfo PostgresLocation, string? Sqlite, LocationInfo SqliteLocation);

/// <summary>One item of an enum's <c>values:</c>: the label, and the member name when the item chose one.</summary>
internal sealed record EnumValueDraft(string Label, LocationInfo LabelLocation, string? Member, LocationInfo? MemberLocation);

/// <summary>A value read apart from the rest, with the problems reading it found, which are reported only when it is used.</summary>
internal sealed record ReadValue<T>(T? Value, EquatableArray<DiagnosticInfo> Problems)
    where T : class
{
    /// <summary>A value that is not written: nothing, and no problems.</summary>
    public static ReadValue<T> None { get; } = new(null, EquatableArray<DiagnosticInfo>.Empty);
}
