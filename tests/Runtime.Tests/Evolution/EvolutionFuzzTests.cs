using System.Globalization;
using Xunit;
using Xunit.Abstractions;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// The evolution fuzzer (README, "The evolution fuzzer"): random histories of schema edits over models that refer to
/// each other, each step generated, applied, rolled back and applied again on SQLite and PostgreSQL with rows in every
/// table. Fixed seed, bounded count; BIAB_EVOLUTION_HISTORIES asks for a longer run.
/// </summary>
public sealed class EvolutionFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 8_2026;
    private const int Steps = 8;
    private const int DefaultHistories = 200;

    /// <summary>Histories played side by side in one app (their models are disjoint), sharing each step's build.</summary>
    private const int BatchSize = 5;

    /// <summary>Every so many batches also run on PostgreSQL (SQLite runs them all).</summary>
    private const int PostgresEvery = 4;

    [Fact]
    public async Task Random_histories_keep_every_row_key_and_shape_through_up_and_down()
    {
        var histories = int.TryParse(Environment.GetEnvironmentVariable("BIAB_EVOLUTION_HISTORIES"), CultureInfo.InvariantCulture, out var asked) && asked > 0
            ? asked
            : DefaultHistories;
        var fuzzer = new HistoryFuzzer(Seed);
        var (steps, onPostgres) = (0, 0);
        for (var first = 0; first < histories; first += BatchSize)
        {
            var batch = Enumerable.Range(0, Math.Min(BatchSize, histories - first)).Select(_ => fuzzer.Next(Steps)).ToList();
            var postgres = first / BatchSize % PostgresEvery == 0;
            steps += batch.Sum(h => h.Steps.Count);
            onPostgres += postgres ? batch.Count : 0;
            if (await EvolutionRunner.RunAsync(batch, postgres) is { } failure)
            {
                Assert.Fail(await ExplainAsync(batch, first, failure, postgres));
            }
        }

        output.WriteLine($"{histories} histories of {Steps} steps ({steps} steps in all) on SQLite, {onPostgres} of them also on PostgreSQL.");
    }

    private static async Task<string> ExplainAsync(List<EvolutionHistory> batch, int first, string failure, bool postgres)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (await EvolutionRunner.RunAsync(batch[i], postgres) is { } alone)
            {
                var (small, smallFailure) = await Shrinker.MinimizeAsync(batch[i], alone, postgres);
                return $"History {first + i} (seed {Seed}) failed:\n{alone}\n\nMinimized ({small.Steps.Count} steps, {small.Models.Count} models), " +
                    $"keep it as a test in EvolutionCases.cs:\n{smallFailure}\n\n\"\"\"\n{small.ToJson()}\n\"\"\"\n\nThe history as drawn:\n{batch[i].ToJson()}";
            }
        }

        return $"Histories {first}..{first + batch.Count - 1} (seed {Seed}) fail together but not one by one:\n{failure}\n\n" +
            string.Join("\n", batch.Select(h => h.ToJson()));
    }
}
