namespace BackendInABox.Generator.Model;

/// <summary>
/// One schema file as Parsing read it, before Validation checks the model as a whole: its diagnostics so far and,
/// when the file is a mapping at all, the values read, each with the location a check reports at.
/// </summary>
internal sealed record ReadSchemaFile(string Path, EquatableArray<DiagnosticInfo> Diagnostics, SchemaDraft? Draft);

/// <param name="Name">The <c>name:</c> value as written, null when it is missing.</param>
/// <param name="Table">The <c>table:</c> value as written, null when the file leaves it out.</param>
/// <param name="Fields">The <c>fields:</c> entries as written.</param>
/// <param name="FieldsLocation">The <c>fields:</c> mapping, or the file's mapping when it has none.</param>
internal sealed record SchemaDraft(
    LocatedValue? Name,
    LocatedValue? Table,
    string? Description,
    EquatableArray<FieldDraft> Fields,
    LocationInfo FieldsLocation,
    EquatableArray<IndexDraft> Indexes)
{
    public EquatableArray<CheckDraft> Checks { get; init; } = EquatableArray<CheckDraft>.Empty;

    /// <summary>The <c>primary_key:</c> list as written, null when the file leaves it out.</summary>
    public EquatableArray<LocatedValue>? PrimaryKey { get; init; }

    /// <summary>The <c>primary_key:</c> key, where a problem with the list as a whole is reported.</summary>
    public LocationInfo? PrimaryKeyLocation { get; init; }

    /// <summary>The <c>primary_key_name:</c> value as written, null when the file leaves it out.</summary>
    public LocatedValue? PrimaryKeyName { get; init; }
}

/// <summary>One <c>indexes:</c> item that is a mapping with a <c>fields:</c> list or an <c>expression:</c>.</summary>
/// <param name="Location">The item's mapping.</param>
internal sealed record IndexDraft(EquatableArray<LocatedValue> Fields, bool Unique, LocatedValue? Name, LocationInfo Location)
{
    public LocatedValue? Where { get; init; }

    public LocatedValue? Expression { get; init; }

    public LocatedValue? Method { get; init; }

    public EquatableArray<LocatedValue> Ops { get; init; } = EquatableArray<LocatedValue>.Empty;

    public EquatableArray<LocatedValue> Order { get; init; } = EquatableArray<LocatedValue>.Empty;
}

/// <summary>One <c>checks:</c> item as written: its name and its SQL per dialect (one text gives both the same).</summary>
/// <param name="Location">The item's mapping.</param>
/// <param name="SqlLocation">The <c>sql:</c> value.</param>
internal sealed record CheckDraft(LocatedValue Name, LocatedValue? Postgres, LocatedValue? Sqlite, LocationInfo Location, LocationInfo SqlLocation);

/// <summary>A scalar as written in YAML, where it was written.</summary>
internal sealed record LocatedValue(string Value, LocationInfo Location);
