using System.Collections.Generic;
using System.Text;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The sequence of an <c>identity: serial</c> key on PostgreSQL: created by the <c>serial</c> type with the table, or by
/// hand with the name PostgreSQL would give it (<c>table_column_seq</c>), owned by the column so it goes with it, and
/// renamed with its table or column so it keeps that name. The statements that change an existing one find it by
/// ownership (<c>pg_get_serial_sequence</c>), not by name.
/// </summary>
internal static class PostgresSequences
{
    private const int MaxNameBytes = 63;

    public static string SerialType(ColumnType type) => type.Kind switch
    {
        FieldType.BigInt => "bigserial",
        FieldType.SmallInt => "smallserial",
        _ => "serial",
    };

    /// <summary>PostgreSQL's own rule (makeObjectName): the longer of table and column loses bytes until the name fits.</summary>
    public static string Name(string table, string column)
    {
        const string suffix = "_seq";
        var tableBytes = Encoding.UTF8.GetByteCount(table);
        var columnBytes = Encoding.UTF8.GetByteCount(column);
        var available = MaxNameBytes - suffix.Length - 1;
        while (tableBytes + columnBytes > available)
        {
            if (tableBytes > columnBytes)
            {
                tableBytes--;
            }
            else
            {
                columnBytes--;
            }
        }

        return Clip(table, tableBytes) + "_" + Clip(column, columnBytes) + suffix;
    }

    /// <summary>The column's default as PostgreSQL's catalog shows it.</summary>
    public static string Default(string table, string column) => $"nextval({String(QuoteIfNeeded(Name(table, column)))}::regclass)";

    /// <summary>The sequence continues after the values the rows already hold, so the next insert does not collide.</summary>
    public static IEnumerable<string> Add(string table, string column, ColumnType type)
    {
        var sequence = Quote(Name(table, column));
        yield return $"CREATE SEQUENCE {sequence} AS {PostgresTypes.Of(type)} OWNED BY {Quote(table)}.{Quote(column)}";
        yield return $"ALTER TABLE {Quote(table)} ALTER COLUMN {Quote(column)} SET DEFAULT nextval({String(sequence)}::regclass)";
        yield return $"SELECT setval({String(sequence)}, COALESCE(MAX({Quote(column)}), 0) + 1, false) FROM {Quote(table)}";
    }

    public static IEnumerable<string> Drop(string table, string column)
    {
        yield return $"ALTER TABLE {Quote(table)} ALTER COLUMN {Quote(column)} DROP DEFAULT";
        yield return Owned(table, column, "EXECUTE 'DROP SEQUENCE ' || sequence_name;");
    }

    /// <summary>After the table or the column is renamed: <paramref name="table"/> and <paramref name="column"/> are the new names.</summary>
    public static string Rename(string table, string column) =>
        Owned(table, column, $"EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', sequence_name, {String(Name(table, column))});");

    /// <summary>A serial key whose type changes keeps a sequence of the same range.</summary>
    public static string Retype(string table, string column, ColumnType type) =>
        Owned(table, column, $"EXECUTE 'ALTER SEQUENCE ' || sequence_name || ' AS {PostgresTypes.Of(type)}';");

    private static string Owned(string table, string column, string statement) =>
        $"DO $biab$ DECLARE sequence_name text := pg_get_serial_sequence({String(Quote(table))}, {String(column)}); "
        + $"BEGIN IF sequence_name IS NOT NULL THEN {statement} END IF; END $biab$";

    private static string Clip(string text, int bytes)
    {
        var result = new StringBuilder();
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.ToCharArray(i, length));
            if (used + size > bytes)
            {
                break;
            }

            result.Append(text, i, length);
            used += size;
            i += length - 1;
        }

        return result.ToString();
    }
}
