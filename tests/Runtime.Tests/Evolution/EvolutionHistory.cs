using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>A fuzzed history: the first schema and the edits after it. Its JSON form is how a found case is kept as a test.</summary>
internal sealed record EvolutionHistory(ImmutableList<ModelSpec> Models, ImmutableList<EvolutionStep> Steps)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static string StepJson(EvolutionStep step) => JsonSerializer.Serialize(step, Json);

    public static EvolutionHistory FromJson(string json) =>
        JsonSerializer.Deserialize<EvolutionHistory>(json, Json) ?? throw new ArgumentException("Not a history: " + json);

    /// <summary>The schema after each step that fits (index 0: the first schema), with the steps that fit and their effects.</summary>
    public IReadOnlyList<(EvolutionStep? Step, EvolutionSchema Schema, StepEffect Effect)> Replay()
    {
        var schema = new EvolutionSchema(Models);
        var result = new List<(EvolutionStep?, EvolutionSchema, StepEffect)> { (null, schema, StepEffect.None) };
        foreach (var step in Steps)
        {
            if (step.Apply(schema.WithoutRenameMarkers()) is var (next, effect))
            {
                schema = next;
                result.Add((step, schema, effect));
            }
        }

        return result;
    }

    /// <summary>The history without one model: the models referring to it lose those refs, and steps about it stop fitting.</summary>
    public EvolutionHistory WithoutModel(string name) => this with
    {
        Models = [.. Models.Where(m => m.Name != name).Select(m => m with
        {
            Fields = m.Fields.RemoveAll(f => f.Target == name),
            Indexes = m.Indexes.RemoveAll(i => i.Fields.Any(f => m.Field(f)?.Target == name)),
        })],
    };
}
