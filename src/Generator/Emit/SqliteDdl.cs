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
    public static string Type(ColumnType type) => type.Kind switch
    {
        FieldType.Integer or FieldType.BigInt or FieldType.Boolean => "INTEGER",
        FieldType.Float => "REAL",
        FieldType.Decimal => "NUMERIC",
        FieldType.Binary => "BLOB",
        _ => "TEXT",
    };

    public static string ColumnDefinition(string table, ColumnShape column)
    {
        var parts = new List<string> { Quote(column.Name), Type(column.Type) };
        if (!column.Nullable)
        {
            parts.Add("NOT NULL");
        }

        if (column.PrimaryKey)
        {
            parts.Add(column.Type.Kind is FieldType.Integer or FieldType.BigInt ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
        }

        if (column.Default is { } value)
        {
            parts.Add("DEFAULT " + (value.Kind == DefaultKind.Literal ? Value(column.Type, value, sqlite: true) : "(" + Value(column.Type, value, sqlite: true) + ")"));
        }

        if (column.Type.Kind == FieldType.Enum && !column.EnumValues.IsEmpty)
        {
            parts.Add($"CONSTRAINT {Quote(CheckName(table, column.Name))} CHECK ({EnumCheck(column.Name, column.EnumValues)})");
        }

        return string.Join(" ", parts);
    }

    public static string CreateTable(TableShape table, string name)
    {
        var lines = table.Columns.Select(c => ColumnDefinition(table.Name, c)).ToList();
        foreach (var key in table.ForeignKeys)
        {
            lines.Add($"CONSTRAINT {Quote(key.Name)} FOREIGN KEY ({Quote(key.Column)}) REFERENCES {Quote(key.TargetTable)} ({Quote(key.TargetColumn)}) ON DELETE {OnDeleteSql(key.OnDelete)}");
        }

        return $"CREATE TABLE {Quote(name)} ({string.Join(", ", lines)})";
    }

    public static string CreateIndex(string table, IndexShape index) =>
        $"CREATE {(index.Unique ? "UNIQUE " : string.Empty)}INDEX {Quote(index.Name)} ON {Quote(table)} ({string.Join(", ", index.Columns.Select(Quote))})";

    /// <summary>
    /// The table rebuild: move the old table aside, create the new shape, copy the rows (converting changed columns),
    /// drop the old table, re-create the indexes. The move uses legacy rename so other tables' foreign keys keep naming
    /// this table and no ON DELETE action fires on the rows being moved.
    /// </summary>
    public static List<string> Rebuild(TableShape before, TableShape after, IReadOnlyDictionary<string, DefaultValue>? backfills = null)
    {
        var old = after.Name + "__biab_old";
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

            var expression = SqliteConversions.Expression(source, column.Type);
            if (SqliteConversions.Invalid(source, column.Type) is { } invalid)
            {
                statements.AddRange(ConversionCheck(before.Name, source.Name, column.Type, invalid));
            }

            if (backfills is not null && backfills.TryGetValue(column.Name, out var backfill))
            {
                expression = $"COALESCE({expression}, {Value(column.Type, backfill, sqlite: true)})";
            }

            targets.Add(Quote(column.Name));
            sources.Add(expression);
        }

        statements.AddRange(new[]
        {
            "PRAGMA defer_foreign_keys = ON",
            "PRAGMA legacy_alter_table = ON",
            $"ALTER TABLE {Quote(before.Name)} RENAME TO {Quote(old)}",
            "PRAGMA legacy_alter_table = OFF",
            CreateTable(after, after.Name),
        });
        if (targets.Count > 0)
        {
            statements.Add($"INSERT INTO {Quote(after.Name)} ({string.Join(", ", targets)}) SELECT {string.Join(", ", sources)} FROM {Quote(old)}");
        }

        statements.Add($"DROP TABLE {Quote(old)}");
        statements.AddRange(after.Indexes.Select(i => CreateIndex(after.Name, i)));
        return statements;
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
