namespace BackendInABox.Generator.Model;

/// <summary>
/// What an index has besides its columns and uniqueness. Any change to them is a drop and create of the index.
/// Written in the normal form Validation gives them (the default method and trailing ascending orders left out), so
/// equal indexes compare equal however they were written.
/// </summary>
/// <param name="Where">The predicate of a partial index (SQL as written, both dialects).</param>
/// <param name="Expression">The key of an expression index (SQL as written, both dialects), instead of columns.</param>
/// <param name="Method">PostgreSQL's access method (hash, gin, gist, brin, spgist); null for btree. SQLite has none.</param>
/// <param name="Ops">PostgreSQL operator classes, one per column from the first. SQLite has none.</param>
/// <param name="Order">"asc" or "desc" per column from the first, without trailing "asc"s.</param>
internal sealed record IndexOptions(string? Where, string? Expression, string? Method, EquatableArray<string> Ops, EquatableArray<string> Order)
{
    public static readonly IndexOptions None = new(null, null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>The access methods <c>using:</c> accepts.</summary>
    public static readonly string[] Methods = { "btree", "hash", "gin", "gist", "brin", "spgist" };

    /// <summary>Options SQLite has no syntax for: the index is created there without them.</summary>
    public bool HasPostgresOnly => Method is not null || !Ops.IsEmpty;

    public bool Descending(int column) => column < Order.Count && Order[column] == "desc";
}
