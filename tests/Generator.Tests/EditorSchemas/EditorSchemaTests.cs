using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Tests.Infrastructure;
using BackendInABox.Tests.Shared;
using Json.Schema;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace BackendInABox.Generator.Tests.EditorSchemas;

/// <summary>
/// schemas/*.schema.json, the JSON Schemas editors use for completion and checking of schema and migration files,
/// against the parsers: every key a parser accepts (<see cref="ParserKeyScan"/>) is a property of the JSON Schema of
/// the files that parser reads, the type names, operation names and option values are the generator's, and every
/// YAML file of the repository meant to be valid validates with a real validator.
/// </summary>
public sealed class EditorSchemaTests
{
    private const string SchemaFile = "schema-file.schema.json", MigrationFile = "migration-file.schema.json";

    /// <summary>The parsers of each kind of file; a helper reader (sql_type, default_sql, ...) belongs to the kinds of the parsers that use it.</summary>
    private static readonly Dictionary<string, string> ParserFiles = new(StringComparer.Ordinal)
    {
        ["SchemaFileParser"] = SchemaFile,
        ["FieldParser"] = SchemaFile,
        ["IndexParser"] = SchemaFile,
        ["CheckParser"] = SchemaFile,
        ["MigrationFileParser"] = MigrationFile,
        ["OperationParser"] = MigrationFile,
    };

    [Fact]
    public void Every_key_a_parser_accepts_is_a_property_in_the_JSON_Schema_of_its_files()
    {
        var sources = ParserKeyScan.ParserSources();
        var properties = new Dictionary<string, HashSet<string>>
        {
            [SchemaFile] = PropertyNames(SchemaFile),
            [MigrationFile] = PropertyNames(MigrationFile),
        };
        var checkedKeys = 0;
        var missing = new List<string>();
        foreach (var (file, root) in sources)
        {
            var keys = ParserKeyScan.AcceptedKeys(root).ToList();
            var kinds = KindsOf(file, sources);
            Assert.True(keys.Count == 0 || kinds.Count > 0, $"src/Generator/Parsing/{file}.cs reads keys, but no parser of schema or migration files uses it: add it to ParserFiles.");
            foreach (var key in keys)
            {
                checkedKeys++;
                missing.AddRange(kinds.Where(kind => !properties[kind].Contains(key)).Select(kind => $"'{key}' ({file}.cs) is not in schemas/{kind}"));
            }
        }

        Assert.True(checkedKeys > 60, $"Only {checkedKeys} keys were found in the parsers' key lists; the source scan no longer sees them.");
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_type_and_operation_names_are_the_generators()
    {
        var types = EnumNames.FieldTypes.Names.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(types, Enum(SchemaFile, "$defs", "type"));
        Assert.Equal(types, Enum(MigrationFile, "$defs", "type"));

        var operations = Load(MigrationFile)["$defs"]!["operation"]!["oneOf"]!.AsArray()
            .Select(o => o!["required"]![0]!.GetValue<string>())
            .Order(StringComparer.Ordinal);
        Assert.Equal(EnumNames.Operations.Names.Order(StringComparer.Ordinal), operations);
    }

    /// <summary>
    /// Every value list (enum or const) of both schemas against the generator's: the option names the parsers and
    /// checks accept, and the stored forms a migration file may name.
    /// </summary>
    [Fact]
    public void The_option_values_are_the_generators()
    {
        var expected = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            ["type"] = EnumNames.FieldTypes.Names,
            ["onRule"] = EnumNames.OnDelete.Names,
            ["identity"] = Parsing.IdentityOption.Values,
            ["generate"] = GenerateKinds.Names.Names,
            ["column_type"] = Validation.RefColumnTypes.Names,
            ["using"] = IndexOptions.Methods,
            ["stored_forms"] = Enumerable.Range(StoredForms.First, StoredForms.Current - StoredForms.First + 1).Select(n => n.ToString(CultureInfo.InvariantCulture)),
            ["stored_form"] = [StoredForms.Legacy.ToString(CultureInfo.InvariantCulture)],
            // Written out in the parsers' switches (IndexOptionChecks, OperationParser), not in a table.
            ["order"] = ["asc", "desc"],
            ["dialect"] = ["postgres", "postgresql", "sqlite"],
        };
        var lists = new[] { SchemaFile, MigrationFile }.SelectMany(kind => ValueLists(kind, Load(kind))).ToList();

        Assert.True(lists.Count >= 12, $"Only {lists.Count} value lists were found in the schemas.");
        foreach (var (where, property, values) in lists)
        {
            Assert.True(expected.TryGetValue(property, out var names), $"{where}: the values of '{property}' are not compared with the generator's; add them to this test.");
            Assert.True(
                names.Order(StringComparer.Ordinal).SequenceEqual(values.Order(StringComparer.Ordinal)),
                $"{where}: '{property}' offers {string.Join(", ", values)}; the generator accepts {string.Join(", ", names)}.");
        }
    }

    public static TheoryData<string> RepositoryYamlFiles() => [.. YamlFiles()];

    [Theory]
    [MemberData(nameof(RepositoryYamlFiles))]
    public void Every_schema_and_migration_file_of_the_repository_validates(string file)
    {
        var result = Evaluate(KindOfYaml(file)!, File.ReadAllText(Repository.PathOf(file)));

        Assert.True(result.IsValid, $"{file} does not validate against schemas/{KindOfYaml(file)}:\n{Describe(result)}");
    }

    [Fact]
    public void The_repositorys_own_files_are_all_checked()
    {
        var files = YamlFiles();

        Assert.Contains(files, f => f.StartsWith("schema/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("migrations/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("tests/Runtime.Tests/RealSchemas/Pagila/schema/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".migration.verified.yaml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SchemaFile, "name: User\nfields:\n  id: { type: uuid, primry: true }\n")]
    [InlineData(SchemaFile, "name: User\nfields:\n  id: { type: guid }\n")]
    [InlineData(SchemaFile, "name: User\nfields:\n  team: { type: ref, target: Team, on_delete: set_nul }\n")]
    [InlineData(SchemaFile, "name: User\nfields:\n  id: { type: integer, primary: true, identity: sequence }\n")]
    [InlineData(SchemaFile, "name: User\n")]
    [InlineData(MigrationFile, "id: 20260101000000\ndescription: x\nup:\n  - create_tabel: { table: t, columns: [] }\ndown: []\n")]
    [InlineData(MigrationFile, "id: 20260101000000\ndescription: x\nup:\n  - add_column: { table: t, column: { name: c, type: text, requird: true } }\ndown: []\n")]
    [InlineData(MigrationFile, "id: 20260101000000\ndescription: x\nstored_forms: 4\nup: []\ndown: []\n")]
    [InlineData(MigrationFile, "id: 20260101000000\ndescription: x\nup: []\n")]
    public void A_mistake_the_parser_reports_is_reported_by_the_JSON_Schema_too(string kind, string yaml)
    {
        Assert.False(Evaluate(kind, yaml).IsValid);
    }

    private static List<string> YamlFiles() =>
        [.. Directory.EnumerateFiles(Repository.Root, "*.y*ml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Where(f => KindOfYaml(f) is not null && !f.Split('/').Any(part => part is "bin" or "obj" or ".git" or "node_modules"))
            .Order(StringComparer.Ordinal)];

    /// <summary>schema/ and migrations/ folders anywhere (the samples, the real schemas' ports), and the generated migration snapshots.</summary>
    private static string? KindOfYaml(string path)
    {
        var folders = path.Split('/')[..^1];
        return folders.Contains("schema") ? SchemaFile
            : folders.Contains("migrations") || path.EndsWith(".migration.verified.yaml", StringComparison.Ordinal) ? MigrationFile
            : null;
    }

    /// <summary>Each schema built once: the validator's registry refuses a second schema with the same $id.</summary>
    private static readonly Dictionary<string, JsonSchema> Schemas = new[] { SchemaFile, MigrationFile }
        .ToDictionary(kind => kind, kind => JsonSchema.FromText(File.ReadAllText(Repository.PathOf("schemas", kind))));

    private static EvaluationResults Evaluate(string kind, string yaml) =>
        Schemas[kind].Evaluate(JsonSerializer.SerializeToElement(YamlJson.Read(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults result) => string.Join(
        "\n",
        (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation}: {e.Value}")));

    private static JsonNode Load(string kind) => JsonNode.Parse(File.ReadAllText(Repository.PathOf("schemas", kind)))!;

    private static List<string> Enum(string kind, params string[] path) =>
        [.. path.Aggregate(Load(kind), (node, part) => node[part]!)["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal)];

    /// <summary>Each enum and const of a schema with the property (or $defs entry) it belongs to; an array's items belong to the array's property.</summary>
    private static IEnumerable<(string Where, string Property, List<string> Values)> ValueLists(string kind, JsonNode node, string path = "", string property = "")
    {
        if (node is JsonArray array)
        {
            return array.SelectMany((item, i) => item is null ? [] : ValueLists(kind, item, $"{path}/{i}", property));
        }

        if (node is not JsonObject o)
        {
            return [];
        }

        var own = o.Where(p => p.Key is "enum" or "const")
            .Select(p => ($"{kind}#{path}", property, p.Value is JsonArray values ? values.Select(v => v!.ToString()).ToList() : [p.Value!.ToString()]));
        return own.Concat(o.Where(p => p.Value is not null && p.Key is not ("enum" or "const"))
            .SelectMany(p => ValueLists(kind, p.Value!, $"{path}/{p.Key}", path.EndsWith("/properties", StringComparison.Ordinal) || path == "/$defs" ? p.Key : property)));
    }

    /// <summary>Every name under a "properties" keyword anywhere in the schema.</summary>
    private static HashSet<string> PropertyNames(string kind)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(Load(kind));
        return names;

        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        if (name == "properties" && value is JsonObject properties)
                        {
                            names.UnionWith(properties.Select(p => p.Key));
                        }

                        Collect(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Collect(item);
                    }

                    break;
            }
        }
    }

    private static List<string> KindsOf(string file, List<(string File, CompilationUnitSyntax Root)> sources) =>
        ParserFiles.TryGetValue(file, out var kind)
            ? [kind]
            : [.. sources.Where(s => ParserFiles.ContainsKey(s.File) && s.Root.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == file))
                .Select(s => ParserFiles[s.File])
                .Distinct()];
}
