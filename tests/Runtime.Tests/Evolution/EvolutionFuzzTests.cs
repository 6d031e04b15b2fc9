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

    /// <summary>Histories in the normal run; every <see cref="PostgresEvery"/>th one also runs on PostgreSQL.</summary>
    private const int DefaultHistories = 200;

    private const int PostgresEvery = 4;

    [Fact]
    public async Task Random_histories_keep_every_row_key_and_shape_through_up_and_down()
    {
        var histories = int.TryParse(Environment.GetEnvironmentVariable("BIAB_EVOLUTION_HISTORIES"), CultureInfo.InvariantCulture, out var asked) && asked > 0
            ? asked
            : DefaultHistories;
        var fuzzer = new HistoryFuzzer(Seed);
        var steps = 0;
        for (var i = 0; i < histories; i++)
        {
            var history = fuzzer.Next(Steps);
            var postgres = i % PostgresEvery == 0;
            steps += history.Steps.Count;
            if (await EvolutionRunner.RunAsync(history, postgres) is { } failure)
            {
                var (small, smallFailure) = await Shrinker.MinimizeAsync(history, failure, postgres);
                Assert.Fail(
                    $"History {i} (seed {Seed}) failed:\n{failure}\n\nMinimized ({small.Steps.Count} steps, {small.Models.Count} models), " +
                    $"keep it as a test in EvolutionCases.cs:\n{smallFailure}\n\n\"\"\"\n{small.ToJson()}\n\"\"\"");
            }
        }

        output.WriteLine($"{histories} histories, {steps} steps, {(histories + PostgresEvery - 1) / PostgresEvery} of them also on PostgreSQL.");
    }
}
