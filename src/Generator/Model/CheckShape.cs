namespace BackendInABox.Generator.Model;

/// <summary>
/// A table CHECK constraint of a model's <c>checks:</c>: the developer's SQL per dialect, passed into the DDL as
/// written (the trust of a <c>sql:</c> step) and compared as text by the diff.
/// </summary>
/// <param name="Postgres">The condition on PostgreSQL; null when the check is for SQLite only.</param>
/// <param name="Sqlite">The condition on SQLite; null when the check is for PostgreSQL only.</param>
internal sealed record CheckShape(string Name, string? Postgres, string? Sqlite)
{
    public string? For(bool sqlite) => sqlite ? Sqlite : Postgres;
}
