using System.Globalization;
using System.Text;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Fuzz;

/// <summary>
/// Cross-file problems the one-file mutations cannot reach: random sets of models whose references point at each
/// other, at themselves, at missing or broken models, in chains and cycles. The generator must never throw (nor
/// report BIAB900), and whatever it accepts must compile.
/// </summary>
public sealed class SchemaSetFuzzTests
{
    private static readonly string[] Types = ["uuid", "string", "integer", "bigint", "text", "boolean", "decimal", "enum", "json"];

    [Fact]
    public void Random_sets_of_models_referring_to_each_other_never_crash_the_generator()
    {
        var random = new Random(424242);
        for (var i = 0; i < 300; i++)
        {
            var harness = new GeneratorHarness();
            var count = 1 + random.Next(6);
            for (var m = 0; m < count; m++)
            {
                harness.WithSchema($"m{m}.yaml", Model(random, m, count));
            }

            var run = harness.Run();
            Assert.True(run.Exception is null, $"Case {i}: the generator threw:\n{run.Exception}");
            Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB900");
            if (!run.BiabDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"Case {i}: {d}"));
            }
        }
    }

    private static string Model(Random random, int index, int count)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"name: M{index}\n");
        if (random.Next(10) == 0)
        {
            text.Append("table: ").Append(random.Next(3) == 0 ? "m0s" : $"t{random.Next(count)}").Append('\n');
        }

        text.Append("fields:\n");
        if (random.Next(12) != 0)
        {
            var key = random.Next(4) switch { 0 => "uuid", 1 => "integer", 2 => "bigint", _ => "string" };
            text.Append(CultureInfo.InvariantCulture, $"  id: {{ type: {key}, primary: true{(key == "string" ? ", max_length: 20" : string.Empty)} }}\n");
        }

        var fields = random.Next(5);
        for (var f = 0; f < fields; f++)
        {
            if (random.Next(3) == 0)
            {
                // A reference to another model, to itself, to one that does not exist, or to a broken name.
                var target = random.Next(8) switch { 0 => "Missing", 1 => "m1", 2 => $"M{index}", _ => $"M{random.Next(count)}" };
                var required = random.Next(2) == 0 ? "true" : "false";
                var onDelete = random.Next(4) switch { 0 => ", on_delete: cascade", 1 => ", on_delete: set_null", _ => string.Empty };
                text.Append(CultureInfo.InvariantCulture, $"  r{f}: {{ type: ref, target: {target}, required: {required}{onDelete} }}\n");
            }
            else
            {
                var type = Types[random.Next(Types.Length)];
                var extra = type switch { "enum" => ", values: [a, b]", "decimal" => ", precision: 8, scale: 2", _ => string.Empty };
                text.Append(CultureInfo.InvariantCulture, $"  f{f}: {{ type: {type}{extra}{(random.Next(4) == 0 ? ", unique: true" : string.Empty)} }}\n");
            }
        }

        if (random.Next(4) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"indexes:\n  - {{ fields: [{(random.Next(2) == 0 ? "id" : "f0")}] }}\n");
        }

        return text.ToString();
    }
}
