using System.Collections.Generic;

namespace BackendInABox.Generator.Model;

/// <summary>
/// Deterministic names for indexes and foreign keys. Names are part of the schema (a later migration drops an
/// index by name), so they must not depend on anything but the table and columns.
/// </summary>
internal static class IndexNames
{
    /// <summary>PostgreSQL's limit on identifiers; longer ones it silently truncates.</summary>
    public const int MaxIdentifierLength = 63;

    public static string For(string table, IReadOnlyList<string> columns, bool unique) =>
        Fit((unique ? "ux_" : "ix_") + table + "_" + string.Join("_", columns));

    /// <summary>The index of one column, as <c>unique: true</c> on a field makes it.</summary>
    public static string For(string table, string column, bool unique) => Fit((unique ? "ux_" : "ix_") + table + "_" + column);

    public static string ForeignKey(string table, string column) => Fit("fk_" + table + "_" + column);

    public static string Check(string table, string column) => Fit("ck_" + table + "_" + column);

    /// <summary>The trigger (and on PostgreSQL its function) that keeps an <c>auto_update</c> column current.</summary>
    public static string AutoUpdate(string table, string column) => Fit("tg_" + table + "_" + column + "_auto_update");

    /// <summary>The primary key's name, lower-case like PostgreSQL's own (<c>users_pkey</c>).</summary>
    public static string PrimaryKey(string table) => Fit(table + "_pkey");

    /// <summary>The name FluentMigrator gave a primary key before keys were named (<c>PK_users</c>), as PostgreSQL stored it: cut at its limit.</summary>
    public static string LegacyPrimaryKey(string table) => Truncate("PK_" + table, MaxIdentifierLength);

    /// <summary>The length PostgreSQL's limit counts: bytes of UTF-8.</summary>
    public static int ByteLength(string name) => System.Text.Encoding.UTF8.GetByteCount(name);

    /// <summary>PostgreSQL truncates identifiers past its limit; shorten with a stable hash suffix instead, so names stay distinct.</summary>
    private static string Fit(string name)
    {
        if (ByteLength(name) <= MaxIdentifierLength)
        {
            return name;
        }

        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in name)
            {
                hash = (hash ^ c) * 16777619u;
            }

            var suffix = "_" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            return Truncate(name, MaxIdentifierLength - suffix.Length) + suffix;
        }
    }

    /// <summary>The longest start of the name within the byte limit that does not split a character.</summary>
    private static string Truncate(string name, int bytes)
    {
        var length = 0;
        var used = 0;
        while (length < name.Length)
        {
            var step = char.IsHighSurrogate(name[length]) && length + 1 < name.Length ? 2 : 1;
            var size = ByteLength(name.Substring(length, step));
            if (used + size > bytes)
            {
                break;
            }

            used += size;
            length += step;
        }

        return name.Substring(0, length);
    }
}
