using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BackendInABox.Generator.Diff;
using BackendInABox.Generator.Emit;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Parsing;
using BackendInABox.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OperationKind = BackendInABox.Generator.Model.OperationKind;

namespace BackendInABox.Benchmarks;

/// <summary>
/// 200 schema files using every field type, references to earlier models and indexes, and a linear history of 200
/// migration files that produces exactly that schema (so the replay and the diff do their full work).
/// </summary>
internal static class Inputs
{
    public const int Models = 200;
    public const string SchemaDirectory = "/bench/schema";
    public const string MigrationsDirectory = "/bench/migrations";

    public static ImmutableArray<AdditionalText> Schemas { get; } = [.. Enumerable.Range(1, Models).Select(i => (AdditionalText)new Text($"{SchemaDirectory}/model{i:D3}.yaml", Schema(i)))];

    public static ImmutableArray<AdditionalText> Migrations { get; } = BuildMigrations();

    public static string Schema(int i, string description = "A benchmark model.")
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"name: Model{i:D3}\n")
            .Append(CultureInfo.InvariantCulture, $"description: {description}\n")
            .Append("fields:\n")
            .Append("  id:          { type: uuid, primary: true, default: new }\n")
            .Append("  code:        { type: string, required: true, max_length: 40, unique: true }\n")
            .Append("  title:       { type: string, max_length: 200 }\n")
            .Append("  body:        { type: text }\n")
            .Append("  quantity:    { type: integer, required: true, default: 0 }\n")
            .Append("  total:       { type: bigint }\n")
            .Append("  ratio:       { type: float }\n")
            .Append("  price:       { type: decimal, precision: 12, scale: 2, required: true, default: 0 }\n")
            .Append("  active:      { type: boolean, required: true, default: true }\n")
            .Append("  starts_on:   { type: date }\n")
            .Append("  created_at:  { type: datetime, required: true, default: now }\n")
            .Append("  updated_at:  { type: datetimetz }\n")
            .Append("  settings:    { type: json }\n")
            .Append("  image:       { type: binary }\n")
            .Append("  state:       { type: enum, values: [draft, active, retired], required: true, default: draft }\n");
        if (i > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"  parent:      {{ type: ref, target: Model{i - 1:D3}, on_delete: set_null }}\n");
        }

        text.Append("indexes:\n  - { fields: [title] }\n  - { fields: [state, created_at] }\n");
        return text.ToString();
    }

    /// <summary>Migration k creates table k with its indexes and foreign key, as `migrate generate` would have written it.</summary>
    private static ImmutableArray<AdditionalText> BuildMigrations()
    {
        var parsed = Schemas.Select(t => SchemaFileChecks.Check(SchemaFileParser.Parse(new InputFile(t.Path, InputFileKind.Schema, t.GetText()!.ToString()), CancellationToken.None))).ToImmutableArray();
        var set = SchemaSetBuilder.Build(parsed, "BenchApp", CancellationToken.None);
        var migrations = new List<AdditionalText>();
        long? parent = null;
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= Models; i++)
        {
            var model = set.Models.Single(m => m.Name == $"Model{i:D3}");
            var table = SchemaShapes.From(model, set);
            var up = new List<Operation> { Operation.Create(OperationKind.CreateTable, table.Name) with { Columns = table.Columns } };
            up.AddRange(table.Indexes.Select(x => Operation.Create(OperationKind.CreateIndex, table.Name) with { Name = x.Name, IndexColumns = x.Columns, Unique = x.Unique }));
            up.AddRange(table.ForeignKeys.Select(k => Operation.Create(OperationKind.AddForeignKey, table.Name) with { ForeignKey = k }));
            var down = table.ForeignKeys.Select(k => Operation.Create(OperationKind.DropForeignKey, table.Name) with { Name = k.Name })
                .Append(Operation.Create(OperationKind.DropTable, table.Name));
            var id = long.Parse(start.AddMinutes(i).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var header = $"id: {id}\ndescription: create {table.Name}\n" + (parent is { } p ? $"parent: {p}\n" : string.Empty);
            migrations.Add(new Text($"{MigrationsDirectory}/{id}_create_{table.Name}.yaml", header + OperationYamlWriter.Write(up.ToEquatableArray(), down.ToEquatableArray())));
            parent = id;
        }

        return [.. migrations];
    }

    internal sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
