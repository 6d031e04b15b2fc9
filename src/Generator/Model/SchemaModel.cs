namespace BackendInABox.Generator.Model;

/// <summary>One validated schema file: a model that becomes an entity class and a table.</summary>
/// <param name="Name">The C# class name (PascalCase, as written in <c>name:</c>).</param>
/// <param name="Table">The table name: <c>table:</c>, else the snake_case plural of <paramref name="Name"/>.</param>
/// <param name="Location">The <c>name:</c> value, where model-level diagnostics point.</param>
internal sealed record SchemaModel(
    string Name,
    string Table,
    string? Description,
    EquatableArray<FieldModel> Fields,
    EquatableArray<IndexModel> Indexes,
    string FilePath,
    LocationInfo Location)
{
    /// <summary>The model's <c>checks:</c>, in the order written.</summary>
    public EquatableArray<CheckShape> Checks { get; init; } = EquatableArray<CheckShape>.Empty;

    /// <summary>The key's field names in key order: <c>primary_key:</c>, else the fields marked <c>primary: true</c> in file order.</summary>
    public EquatableArray<string> PrimaryKey { get; init; }

    /// <summary>The key constraint's name <c>primary_key_name:</c> gives (an existing schema's <c>PK_Album</c>), null for <c>&lt;table&gt;_pkey</c>.</summary>
    public string? PrimaryKeyName { get; init; }
}

/// <summary>One field of a model.</summary>
/// <param name="Name">The YAML key, snake_case; it gives the C# property name and, unless <c>column:</c> says otherwise, the column name.</param>
/// <param name="Column">The column name: <c>column:</c>, else <paramref name="Name"/>, or <c>name_id</c> for a <see cref="FieldType.Ref"/>.</param>
/// <param name="Target">For refs: the target model's <c>name</c>.</param>
/// <param name="Location">The field's key in the YAML file.</param>
internal sealed record FieldModel(
    string Name,
    string Column,
    FieldType Type,
    bool Required,
    bool Primary,
    bool Unique,
    int? MaxLength,
    int? Precision,
    int? Scale,
    DefaultValue? Default,
    EquatableArray<string> Values,
    string? Target,
    OnDelete OnDelete,
    string? RenamedFrom,
    string? Description,
    LocationInfo Location)
{
    /// <summary>For enums: the C# member of each of <see cref="Values"/>, in the same order (empty: each label's <see cref="EnumLabels.Member"/>).</summary>
    public EquatableArray<string> EnumMembers { get; init; }

    /// <summary>For enums: the PostgreSQL enum type (<c>native:</c>) that stores it there instead of varchar + CHECK.</summary>
    public string? NativeEnum { get; init; }

    /// <summary><c>auto_update: true</c>: a timestamp the generator's trigger keeps current on every UPDATE.</summary>
    public bool AutoUpdate { get; init; }

    /// <summary>A <c>generate:</c> field: the entity's constructor makes the value (no database default).</summary>
    public GenerateKind? Generate { get; init; }

    public string EnumMember(int index) => EnumMembers.Count > index ? EnumMembers[index] : EnumLabels.Member(Values[index]);

    public string EnumMemberOf(string label)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i] == label)
            {
                return EnumMember(i);
            }
        }

        return EnumLabels.Member(label);
    }

    /// <summary>
    /// The C# property's name: <c>property:</c>, else the field name in PascalCase (plus <c>Id</c> for a ref), derived
    /// once here for the checks and every emitter that names the property.
    /// </summary>
    public string Property { get; init; } = string.Empty;

    /// <summary>For refs: the foreign key's name <c>fk_name:</c> gives, null for the derived <c>fk_table_column</c>.</summary>
    public string? ForeignKeyName { get; init; }

    /// <summary><c>array: true</c>: a list of <see cref="Type"/>.</summary>
    public bool Array { get; init; }

    /// <summary>For <see cref="FieldType.Custom"/>: <c>sql_type:</c>.</summary>
    public CustomSqlType? Custom { get; init; }

    /// <summary>For <see cref="FieldType.Custom"/>: <c>clr_type:</c>, the C# type of the property (null: string).</summary>
    public string? ClrType { get; init; }

    /// <summary>For a ref: what the database does to this row when the referenced key changes.</summary>
    public OnDelete OnUpdate { get; init; }

    /// <summary>
    /// For a ref: <c>column_type:</c>, the column's own width within its target key's family (a <c>smallint</c>
    /// column that refers to an <c>integer</c> key); null for the target key's type.
    /// </summary>
    public FieldType? RefColumnType { get; init; }

    /// <summary>Where <see cref="RefColumnType"/> is written, for the check against the target key.</summary>
    public LocationInfo? RefColumnTypeLocation { get; init; }

    /// <summary><c>identity: false</c> keeps an integer or bigint key a plain column the application fills.</summary>
    public bool Identity { get; init; } = true;

    /// <summary>
    /// <c>identity: serial</c>: the key is numbered by a sequence the column owns (PostgreSQL <c>serial</c>, a
    /// <c>DEFAULT nextval(...)</c>), as schemas made before identity columns are; the place of the option, null otherwise.
    /// </summary>
    public LocationInfo? SerialLocation { get; init; }

    public bool Serial => SerialLocation is not null;
}

/// <summary>An index over fields (by YAML field name) of one model.</summary>
/// <param name="Fields">Empty for an expression index.</param>
internal sealed record IndexModel(EquatableArray<string> Fields, bool Unique, string? Name, LocationInfo Location)
{
    public IndexOptions Options { get; init; } = IndexOptions.None;
}
