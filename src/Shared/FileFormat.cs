using System;
using System.Globalization;
using System.Text;

namespace BackendInABox.Shared;

/// <summary>
/// What the generator and the runtime must agree on about the files and tables they share. This one file is compiled
/// into both (the generator reads migration files and checks names, the runtime writes migration files and owns the
/// tables), so the two can never hold different rules.
/// </summary>
internal static class MigrationIds
{
    /// <summary>A migration id is the UTC time it was generated; it is also its FluentMigrator version.</summary>
    public const string Format = "yyyyMMddHHmmss";

    public const string Example = "20260101032500";

    public static bool TryParse(string text, out long id)
    {
        id = 0;
        return text.Length == Format.Length
            && DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    public static long FromTime(DateTime utc) => long.Parse(utc.ToString(Format, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static DateTime ToTime(long id) => DateTime.ParseExact(ToText(id), Format, CultureInfo.InvariantCulture);

    public static string ToText(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A migration file's top-level <c>parent:</c> line: `migrate merge` rewrites it, and the file's hash leaves it out,
    /// since re-parenting changes where a migration sits in the history, not what it did.
    /// </summary>
    public const string ParentLinePattern = @"^parent:[ \t]*\d+[ \t]*$";
}

/// <summary>
/// The line every migration file written from now on starts its operations with: the columns it creates have the
/// current stored forms (upper-case uuid text, exact decimal text and a datetimetz now default with its offset on
/// SQLite, datetime as timestamptz on PostgreSQL). A file without it, or with an older number, was written before, and
/// its columns keep the forms of its time until a migration converts them.
/// </summary>
internal static class StoredFormsLine
{
    public const string Text = "stored_forms: 3\n";
}

/// <summary>
/// The runner's own tables, which no model may take. Each database of an app has its own (two databases may share one
/// physical database): the implicit "default" keeps the names every app had before there were several, another
/// database "analytics" has biab_analytics_version_info and biab_analytics_migration_files.
/// </summary>
internal static class RunnerTables
{
    public const string DefaultDatabase = "default";

    public const string Versions = "VersionInfo";

    public const string Files = "biab_migration_files";

    /// <summary>FluentMigrator's name for the version table's unique index, which PostgreSQL scopes to the schema.</summary>
    public const string VersionIndex = "UC_Version";

    /// <summary>The default database's PostgreSQL advisory-lock key ("BIAB").</summary>
    public const long LockKey = 0x42494142;

    private const string Prefix = "biab_", VersionsSuffix = "_version_info", FilesSuffix = "_migration_files";

    public static bool IsDefault(string database) => string.Equals(database, DefaultDatabase, StringComparison.OrdinalIgnoreCase);

    public static string VersionsOf(string database) => IsDefault(database) ? Versions : Prefix + Key(database) + VersionsSuffix;

    public static string FilesOf(string database) => IsDefault(database) ? Files : Prefix + Key(database) + FilesSuffix;

    public static string VersionIndexOf(string database) => IsDefault(database) ? VersionIndex : Prefix + Key(database) + "_uc_version";

    /// <summary>
    /// The default's key, else "BIAB" in the high half and the FNV-1a hash of the name in the low half: stable across
    /// runs and machines (string.GetHashCode is not), and never the default's key.
    /// </summary>
    public static long LockKeyOf(string database)
    {
        if (IsDefault(database))
        {
            return LockKey;
        }

        var hash = 2166136261u;
        foreach (var c in Key(database))
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (LockKey << 32) | hash;
    }

    /// <summary>Any database's runner table, compared ignoring case: SQLite does, so a model table "versioninfo" is the version table.</summary>
    public static bool Contains(string table) =>
        string.Equals(table, Versions, StringComparison.OrdinalIgnoreCase)
        || string.Equals(table, Files, StringComparison.OrdinalIgnoreCase)
        || (table.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && (table.EndsWith(VersionsSuffix, StringComparison.OrdinalIgnoreCase) || table.EndsWith(FilesSuffix, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The name in environment variable names: upper case, anything but a letter or digit an underscore.</summary>
    public static string EnvironmentKey(string database) => Key(database).ToUpperInvariant();

    /// <summary>The name in table names: lower case, anything but a letter or digit an underscore.</summary>
    private static string Key(string database)
    {
        var key = new StringBuilder(database.Length);
        foreach (var c in database.Trim().ToLowerInvariant())
        {
            key.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
        }

        return key.ToString();
    }
}

/// <summary>Scalars written into migration files, read back by the generator's YAML reader as exactly the same text.</summary>
internal static class YamlScalars
{
    /// <summary>
    /// Plain when nothing in the value can be misread there, double-quoted with escapes otherwise. In a flow mapping
    /// (<c>{ table: t, ... }</c>) plain is kept to names and numbers; on a line of its own (<c>description: ...</c>)
    /// it may be prose. Null-like words are always quoted; <c>true</c>/<c>false</c> stay plain, since the reader types a
    /// value by its field, not by its spelling.
    /// </summary>
    public static string Write(string value, bool inFlow) =>
        (inFlow ? IsPlainInFlow(value) : IsPlainOnLine(value)) ? value : Quote(value);

    private static bool IsNullWord(string value) => value is "null" or "Null" or "NULL" or "~";

    private static bool IsPlainInFlow(string value)
    {
        if (value.Length == 0 || IsNullWord(value) || !(char.IsLetterOrDigit(value[0]) || value[0] == '_'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainOnLine(string value)
    {
        if (value.Length == 0 || IsNullWord(value) || "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0 || value.Trim() != value
            || value.IndexOf(": ", StringComparison.Ordinal) >= 0 || value.IndexOf(" #", StringComparison.Ordinal) >= 0 || value.EndsWith(":", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (MustEscape(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Controls, and what YAML reads as a line break (NEL, U+2028, U+2029) or drops (BOM).</summary>
    private static bool MustEscape(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF';

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when MustEscape(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}

/// <summary>
/// The `migrate` command line a message suggests, in the generator's warnings and the runner's hints alike: with several
/// databases the runner refuses every command but `up` and `status` without --database, so the line names its
/// database (the implicit one too); with one, it never does.
/// </summary>
internal static class MigrateCommand
{
    public static string Line(string database, int databaseCount, string arguments) => Line(database, databaseCount > 1, arguments);

    public static string Line(string database, bool several, string arguments) =>
        "migrate " + (several ? $"--database {database} " : string.Empty) + arguments;
}
