using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// PostgreSQL statements for what FluentMigrator's fluent API cannot say: table CHECKs and indexes with a predicate,
/// an expression, a method, operator classes or an order. The developer's SQL goes into them as written and into the
/// C# only as a string literal.
/// </summary>
internal static class PostgresConstraints
{
    private const string Root = "IfDatabase(\"PostgreSQL\")";

    /// <summary>Runs in the migration's transaction: a row that violates the check fails the migration and nothing of it stays.</summary>
    public static IEnumerable<string> AddCheck(string table, CheckShape check) =>
        check.Postgres is null
            ? Enumerable.Empty<string>()
            : new[] { Sql($"ALTER TABLE {Quote(table)} ADD CONSTRAINT {Quote(check.Name)} CHECK ({check.Postgres})") };

    /// <summary>A check written for SQLite only was never created here.</summary>
    public static IEnumerable<string> DropCheck(OperationStep step)
    {
        var op = step.Operation;
        return step.Before?.Checks.FirstOrDefault(c => c.Name == op.Name) is { Postgres: not null }
            ? new[] { Sql($"ALTER TABLE {Quote(op.Table)} DROP CONSTRAINT {Quote(op.Name!)}") }
            : Enumerable.Empty<string>();
    }

    public static string CreateIndex(string table, IndexShape index)
    {
        var options = index.Options;
        var keys = options.Expression ?? string.Join(", ", index.Columns.Select((column, i) =>
            Quote(column) + (i < options.Ops.Count ? " " + options.Ops[i] : string.Empty) + (options.Descending(i) ? " DESC" : string.Empty)));
        var method = options.Method is null ? string.Empty : " USING " + options.Method;
        var where = options.Where is null ? string.Empty : $" WHERE ({options.Where})";
        return Sql($"CREATE {(index.Unique ? "UNIQUE " : string.Empty)}INDEX {Quote(index.Name)} ON {Quote(table)}{method} ({keys}){where}");
    }

    private static string Sql(string sql) => $"{Root}.Execute.Sql({CodeWriter.Literal(sql)});";
}
