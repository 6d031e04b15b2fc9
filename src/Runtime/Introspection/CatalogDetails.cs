namespace BackendInABox.Introspection;

/// <summary>One CHECK constraint: its name and <c>pg_get_constraintdef</c>'s text ("CHECK ((qty >= 0))").</summary>
internal sealed record CheckInfo(string Name, string Definition);

/// <param name="Method">The access method ("btree", "gin", ...).</param>
/// <param name="Keys">The key columns and expressions, in order.</param>
/// <param name="Predicate">A partial index's WHERE, as the catalog prints it; null for a full index.</param>
/// <param name="Constraint">The constraint the index backs ("UNIQUE"), or null for a plain index.</param>
internal sealed record IndexDetail(string Method, IReadOnlyList<IndexKey> Keys, string? Predicate, string? Constraint);

/// <param name="Text">A column's name, or an expression as the catalog prints it ("lower((title)::text)").</param>
/// <param name="OpClass">The operator class when it is not the type's default, else null.</param>
internal sealed record IndexKey(string Text, bool IsExpression, string? OpClass, bool Descending, bool NullsFirst)
{
    public string Describe() =>
        Text + (OpClass is null ? string.Empty : " " + OpClass) + (Descending ? " DESC" : string.Empty)
        + (NullsFirst != Descending ? (NullsFirst ? " NULLS FIRST" : " NULLS LAST") : string.Empty);
}

/// <summary>An object of the schema that no schema file can describe, named so that no report drops it in silence.</summary>
/// <param name="Kind">"view", "materialized view", "function", "trigger", "domain", "partitioned table", "partition", "extension", "sequence".</param>
internal sealed record OutsideObject(string Kind, string Name);

/// <summary>A PostgreSQL enum type (CREATE TYPE ... AS ENUM) and its labels in their sort order.</summary>
internal sealed record EnumTypeInfo(string Name, IReadOnlyList<string> Labels);
