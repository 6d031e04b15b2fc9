using System;
using System.Collections.Generic;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// Names that become both C# and SQL identifiers, beyond their shape (<see cref="IdentifierShapes"/>): the tables the
/// runner owns, and the conversions between model, field, table and property names. Names written for the database
/// alone follow <see cref="DatabaseNames"/>.
/// </summary>
internal static class Identifiers
{
    /// <summary>
    /// Null when a table of this name is free, else whose it is: the runner keeps FluentMigrator's version table
    /// (SQLite compares table names ignoring case, so "VersionInfo" is "versioninfo") and its file hashes in the app's
    /// database, and SQLite refuses names starting with sqlite_.
    /// </summary>
    public static string? TableOwner(string table) => table switch
    {
        _ when string.Equals(table, Shared.RunnerTables.Versions, StringComparison.OrdinalIgnoreCase) => $"FluentMigrator's version table ({Shared.RunnerTables.Versions}), where the runner records applied migrations",
        _ when string.Equals(table, Shared.RunnerTables.Files, StringComparison.OrdinalIgnoreCase) => "the runner's record of each applied migration file",
        _ when Shared.RunnerTables.Contains(table) => "a name of the runner's tables of a database the project declares (biab_<name>_version_info, biab_<name>_migration_files), which several databases may keep side by side in one physical database",
        _ when table.StartsWith("sqlite_", StringComparison.Ordinal) => "SQLite's own tables (names starting with sqlite_)",
        _ => null,
    };

    /// <summary>snake_case → PascalCase: phone_number → PhoneNumber.</summary>
    public static string ToPascalCase(string snake)
    {
        var chars = NameBuffer.Get(snake.Length);
        var length = 0;
        var upper = true;
        foreach (var c in snake)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            chars[length++] = upper ? char.ToUpperInvariant(c) : c;
            upper = false;
        }

        return new string(chars, 0, length);
    }

    /// <summary>PascalCase → snake_case: OrderLine → order_line.</summary>
    public static string ToSnakeCase(string pascal)
    {
        var chars = NameBuffer.Get(pascal.Length * 2);
        var length = 0;
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                chars[length++] = '_';
            }

            chars[length++] = char.ToLowerInvariant(c);
        }

        return new string(chars, 0, length);
    }

    /// <summary>
    /// The default table name: the snake_case model name with its last word made plural (Category → categories,
    /// OrderLine → order_lines, SiteSettings → site_settings, DocumentData → document_data; see <see cref="Plurals"/>).
    /// </summary>
    public static string DefaultTableName(string modelName)
    {
        var snake = ToSnakeCase(modelName);
        var lastWord = snake.LastIndexOf('_') + 1;
        return snake.Substring(0, lastWord) + Plurals.Of(snake.Substring(lastWord));
    }

}
