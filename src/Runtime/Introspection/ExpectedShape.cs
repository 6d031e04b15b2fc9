using BackendInABox.Configuration;
using BackendInABox.Manifest;

namespace BackendInABox.Introspection;

/// <summary>The shape the build's history replay says a database of the given dialect has at the head, normalized like a live one.</summary>
internal static class ExpectedShape
{
    public static DatabaseShape From(IReadOnlyList<ManifestTable> tables, DatabaseProvider provider)
    {
        var postgres = provider == DatabaseProvider.PostgreSql;
        return new DatabaseShape([.. tables.Select(t => new TableInfo(
            t.Name,
            [.. t.Columns.Select(c => new ColumnInfo(
                c.Name,
                postgres ? c.PostgresType : c.SqliteType.ToUpperInvariant(),
                c.Nullable && !c.PrimaryKey,
                SqlText.Default(postgres ? c.PostgresDefault : c.SqliteDefault)))],
            t.PrimaryKey,
            [.. t.Indexes.Select(i => new IndexInfo(i.Name, i.Columns, i.Unique)
            {
                Where = SqlText.Condition(i.Where),
                Expression = SqlText.Condition(i.Expression),
                Method = postgres ? i.Method : null,
                Ops = postgres ? IndexInfo.Trimmed(i.Ops, string.Empty) : [],
                Order = IndexInfo.Trimmed(i.Order, "asc"),
            })],
            [.. t.ForeignKeys.Select(f => new ForeignKeyInfo(f.Column, f.TargetTable, f.TargetColumn, f.OnDelete) { Name = postgres ? f.Name : null, OnUpdate = f.OnUpdate })],
            // SQLite keeps an enum array's labels without a CHECK (SqliteEnumArrays in the generator).
            [.. t.Columns.Where(c => c.EnumValues.Count > 0 && (postgres || !c.PostgresType.EndsWith("[]", StringComparison.Ordinal))).Select(c => new EnumCheckInfo(c.Name, c.EnumValues))])
        {
            PrimaryKeyName = postgres ? t.PrimaryKeyName : null,
            ModelChecks = [.. t.Checks.Where(c => (postgres ? c.PostgresSql : c.SqliteSql) is not null).Select(c => new ModelCheckInfo(c.Name, SqlText.Condition(postgres ? c.PostgresSql : c.SqliteSql)!))],
            Triggers = t.Triggers,
        })]);
    }

    /// <summary>The build's expected shape, or why there is none (a history with errors or several heads has no single shape).</summary>
    public static DatabaseShape Of(BuildManifest manifest, DatabaseProvider provider) =>
        manifest.Schema is { } tables
            ? From(tables, provider)
            : throw new UserError("The build has no single expected schema: the migration history has errors or several heads.", "Fix the history (or run `dotnet run -- migrate merge`) and rebuild.");
}
