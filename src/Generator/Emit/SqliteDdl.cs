using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// SQLite statements. FluentMigrator's SQLite generator refuses foreign keys after CREATE TABLE and every ALTER COLUMN,
/// so for SQLite the generator writes the DDL itself, and changes SQLite cannot make in place become the standard
/// table rebuild, which is possible because the replay knows the table's whole shape before and after.
/// </summary>
internal static class SqliteDdl
{
    /// <summary>SQLite's declared type: an array is JSON text, a custom type what its <c>sql_type</c> says.</summary>
    public static string Type(ColumnType type) => type.Array ? "TEXT" : type.Kind switch
    {
        FieldType.Integer or FieldType.BigInt or FieldType.SmallInt or FieldType.Boolean => "INTEGER",
        FieldType.Float or FieldType.Real => "REAL",
        FieldType.Custom => type.Custom?.Sqlite ?? "TEXT",
        // TEXT keeps every digit (Microsoft.Data.Sqlite and EF Core store a decimal as its invariant text); NUMERIC made it a double.
        FieldType.Decimal => type.LegacyStorage ? "NUMERIC" : "TEXT",
        FieldType.Binary => "BLOB",
        _ => "TEXT",
    };

    /// <summary>
    /// The declared type: an integer key the database does not number is declared INT or BIGINT, because a column declared
    /// exactly INTEGER PRIMARY KEY is SQLite's rowid, which numbers every row inserted without it.
    /// </summary>
    /// <param name="inlineKey">False for the columns of a composite key (a table constraint, never the rowid).</param>
    public static string DeclaredType(ColumnShape column, bool inlineKey = true) =>
        column is { PrimaryKey: true, Numbered: false } && inlineKey && column.Type.Kind is FieldType.Integer or FieldType.BigInt
            ? (column.Type.Kind == FieldType.Integer ? "INT" : "BIGINT")
            : Type(column.Type);

    /// <param name="inlineKey">False for the columns of a composite key, which is a table constraint instead.</param>
    public static string ColumnDefinition(string table, ColumnShape column, bool inlineKey = true)
    {
        var parts = new List<string> { Quote(column.Name), DeclaredType(column, inlineKey) };
        if (!column.Nullable)
        {
            parts.Add("NOT NULL");
        }

        if (column.PrimaryKey && inlineKey)
        {
            // SQLite numbers only an INTEGER PRIMARY KEY; AUTOINCREMENT keeps it from reusing the ids of deleted rows.
            parts.Add(column.Numbered && FieldTypes.IsInteger(column.Type.Kind) ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
        }

        if (column.Default is { } value)
        {
            parts.Add("DEFAULT " + (value.Kind == DefaultKind.Literal ? Value(column.Type, value, sqlite: true) : "(" + Value(column.Type, value, sqlite: true) + ")"));
        }

        if (column.Type is { Kind: FieldType.Enum, Array: false } && !column.EnumValues.IsEmpty)
        {
            parts.Add($"CONSTRAINT {Quote(IndexNames.Check(table, column.Name))} CHECK ({EnumCheck(column)})");
        }

        return string.Join(" ", parts);
    }

    public static string CreateTable(TableShape table, string name)
    {
        var composite = table.PrimaryKey.Count > 1;
        var lines = table.Columns.Select(c => ColumnDefinition(table.Name, c, inlineKey: !composite)).ToList();
        if (composite)
        {
            lines.Add($"CONSTRAINT {Quote(table.PrimaryKeyName ?? IndexNames.PrimaryKey(table.Name))} PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Quote))})");
        }

        foreach (var key in table.ForeignKeys)
        {
            var onUpdate = key.OnUpdate == OnDelete.NoAction ? string.Empty : " ON UPDATE " + OnDeleteSql(key.OnUpdate);
            lines.Add($"CONSTRAINT {Quote(key.Name)} FOREIGN KEY ({Quote(key.Column)}) REFERENCES {Quote(key.TargetTable)} ({Quote(key.TargetColumn)}) ON DELETE {OnDeleteSql(key.OnDelete)}{onUpdate}");
        }

        foreach (var check in table.Checks.Where(c => c.Sqlite is not null))
        {
            lines.Add($"CONSTRAINT {Quote(check.Name)} CHECK ({check.Sqlite})");
        }

        return $"CREATE TABLE {Quote(name)} ({string.Join(", ", lines)})";
    }

    /// <summary>SQLite has no index methods or operator classes: an index is created there without them (BIAB062 says so at build).</summary>
    public static string CreateIndex(string table, IndexShape index)
    {
        var options = index.Options;
        var keys = options.Expression ?? string.Join(", ", index.Columns.Select((column, i) => Quote(column) + (options.Descending(i) ? " DESC" : string.Empty)));
        var where = options.Where is null ? string.Empty : $" WHERE ({options.Where})";
        return $"CREATE {(index.Unique ? "UNIQUE " : string.Empty)}INDEX {Quote(index.Name)} ON {Quote(table)} ({keys}){where}";
    }

    /// <summary>
    /// The table rebuild, as SQLite documents it for schema changes ALTER TABLE cannot make: create the new shape under a
    /// temporary name, copy the rows (converting changed columns), drop the old table, rename the new one into place,
    /// re-create the indexes. The runner switches foreign keys off around a migration with a rebuild (it cannot be done
    /// inside the transaction), so dropping the old table fires no ON DELETE action on the rows of tables that refer to
    /// it, and their references keep naming this table; <see cref="ForeignKeyCheck"/> then proves no reference broke.
    /// </summary>
    public static List<string> Rebuild(
        TableShape before,
        TableShape after,
        IReadOnlyDictionary<string, DefaultValue>? backfills = null,
        IReadOnlyDictionary<string, string>? conversions = null)
    {
        var temporary = after.Name + "__biab_new";
        var targets = new List<string>();
        var sources = new List<string>();
        var statements = new List<string>();
        foreach (var column in after.Columns)
        {
            var source = before.Columns.FirstOrDefault(c => c.Name == column.Name);
            if (source is null)
            {
                continue;
            }

            var sqliteUsing = conversions is not null && conversions.TryGetValue(column.Name, out var written) ? written : null;
            var expression = SqliteConversions.Expression(source, column.Type, sqliteUsing);
            if (SqliteConversions.Invalid(source, column.Type, sqliteUsing) is { } invalid)
            {
                statements.AddRange(ConversionCheck(before.Name, source.Name, column.Type, invalid));
            }

            if (SqliteEnumArrays.Invalid(source, column, expression) is { } notLabels)
            {
                statements.AddRange(ConversionCheck(before.Name, source.Name, column.Type, notLabels));
            }

            if (backfills is not null && backfills.TryGetValue(column.Name, out var backfill))
            {
                expression = $"COALESCE({expression}, {Value(column.Type, backfill, sqlite: true)})";
            }

            targets.Add(Quote(column.Name));
            sources.Add(expression);
        }

        statements.Add(CreateTable(after, temporary));
        if (targets.Count > 0)
        {
            statements.Add($"INSERT INTO {Quote(temporary)} ({string.Join(", ", targets)}) SELECT {string.Join(", ", sources)} FROM {Quote(before.Name)}");
        }

        statements.Add($"DROP TABLE {Quote(before.Name)}");
        statements.Add($"ALTER TABLE {Quote(temporary)} RENAME TO {Quote(after.Name)}");
        statements.AddRange(after.Indexes.Select(i => CreateIndex(after.Name, i)));
        statements.AddRange(AutoUpdateTriggers.SqliteAll(after));
        return statements;
    }

    /// <summary>
    /// Ends a migration that rebuilt tables with foreign keys off: any row that refers to a missing parent row fails the
    /// migration before it commits, so a rebuild can never leave a broken reference behind.
    /// </summary>
    public static IEnumerable<string> ForeignKeyCheck()
    {
        var check = Quote("biab_foreign_key_check");
        var name = Quote("a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)");
        yield return $"CREATE TEMP TABLE {check} (\"violations\" INTEGER CONSTRAINT {name} CHECK (\"violations\" = 0))";
        yield return $"INSERT INTO {check} SELECT COUNT(*) FROM pragma_foreign_key_check";
        yield return $"DROP TABLE {check}";
    }

    /// <summary>
    /// Fails the migration, naming the column, when a row holds a value that does not convert: SQLite cannot raise an
    /// error from a query, but a CHECK constraint named after the problem can.
    /// </summary>
    private static IEnumerable<string> ConversionCheck(string table, string column, ColumnType to, string invalid)
    {
        var check = Quote("biab_conversion_check");
        var name = Quote($"{table}.{column}: a value does not convert to {Diff.ColumnChanges.Describe(to)}");
        yield return $"CREATE TEMP TABLE {check} (\"invalid_rows\" INTEGER CONSTRAINT {name} CHECK (\"invalid_rows\" = 0))";
        yield return $"INSERT INTO {check} SELECT COUNT(*) FROM {Quote(table)} WHERE {invalid}";
        yield return $"DROP TABLE {check}";
    }

    public static string OnDeleteSql(OnDelete onDelete) => onDelete switch
    {
        OnDelete.Cascade => "CASCADE",
        OnDelete.SetNull => "SET NULL",
        OnDelete.Restrict => "RESTRICT",
        _ => "NO ACTION",
    };
}
