using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>The <c>checks:</c> list of a schema file → <see cref="CheckDraft"/>s; Validation checks names and SQL.</summary>
internal static class CheckParser
{
    private static readonly string[] CheckKeys = { "name", "sql" };

    public static List<CheckDraft> ParseAll(MappingReader model, string what, FileDiagnostics diagnostics)
    {
        var result = new List<CheckDraft>();
        foreach (var mapping in model.MappingItems("checks", Subject.Joined("check of ", what), "{ name: ck_orders_total, sql: \"total >= 0\" }"))
        {
            var reader = new MappingReader(mapping, Subject.Joined("a check of ", what), diagnostics, CheckKeys);
            var name = reader.Scalar("name", required: true);
            var sql = reader.Has("sql") ? DialectText.Read(reader, "sql", diagnostics) : null;
            if (!reader.Has("sql"))
            {
                diagnostics.Add(Descriptors.SchemaMissingKey, mapping.Location, $"A check of {what} has no 'sql' (its condition, such as \"total >= 0\").");
            }

            if (name is null || sql is null)
            {
                continue;
            }

            result.Add(new CheckDraft(new LocatedValue(name.Value, name.Location), sql.Postgres, sql.Sqlite, mapping.Location, reader.LocationOf("sql")));
        }

        return result;
    }
}
