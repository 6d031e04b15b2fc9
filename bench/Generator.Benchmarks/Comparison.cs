using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Benchmarks;

/// <summary>
/// Two builds of the generator side by side in one process, each in its own load context, run interleaved with the
/// YamlDotNet baseline on the benchmark's inputs. On a shared machine the load changes from one second to the next,
/// so two BenchmarkDotNet runs minutes apart do not compare; rounds taken in turn, each against a baseline measured
/// in the same round, do. CPU time rather than wall time, because a process waiting for a core costs no CPU.
/// </summary>
internal static class Comparison
{
    private sealed record Case(string Name, ImmutableArray<AdditionalText> Texts);

    private sealed record Contender(string Name, IIncrementalGenerator Generator);

    private readonly record struct Sample(double CpuMilliseconds, double Bytes);

    public static int Run(string beforeDirectory, string beforeLabel, string afterDirectory, string afterLabel, int rounds, int runs)
    {
        var loadAtStart = LoadAverage();
        var before = new Contender(beforeLabel, Load(beforeDirectory));
        var after = new Contender(afterLabel, Load(afterDirectory));
        var baseline = new Contender("baseline", new YamlParsingGenerator());
        Case[] cases =
        [
            new("full run, 200 schema files", Inputs.Schemas),
            new("full run, 200 schema + 200 migration files", Inputs.Schemas.AddRange(Inputs.Migrations)),
        ];

        foreach (var @case in cases)
        {
            var same = GeneratedText(before.Generator, @case.Texts) == GeneratedText(after.Generator, @case.Texts);
            Console.WriteLine($"{@case.Name}: generated sources {(same ? "identical" : "DIFFER")} between {beforeLabel} and {afterLabel}");
        }

        var baselineSamples = new List<Sample>();
        var samples = cases.ToDictionary(c => c, _ => (Before: new List<Sample>(), After: new List<Sample>()));
        for (var round = -1; round < rounds; round++)
        {
            // Round -1 warms up the JIT and is not kept; the order turns each round so no contender always goes first.
            var order = new List<Action>
            {
                () => Keep(round, baselineSamples, Measure(baseline.Generator, Inputs.Schemas, runs)),
                () => { foreach (var c in cases) { Keep(round, samples[c].Before, Measure(before.Generator, c.Texts, runs)); } },
                () => { foreach (var c in cases) { Keep(round, samples[c].After, Measure(after.Generator, c.Texts, runs)); } },
            };
            for (var i = 0; i < order.Count; i++)
            {
                order[(i + Math.Max(round, 0)) % order.Count]();
            }

            Console.Error.Write(round < 0 ? "warm-up done; rounds: " : $"{round + 1} ");
        }

        Console.Error.WriteLine();
        Console.WriteLine();
        Console.WriteLine($"{rounds} rounds of {runs} runs each, interleaved; CPU time per run and ratio to the baseline of the same round, medians over rounds (range of the ratio in brackets); load average {loadAtStart} at the start, {LoadAverage()} at the end");
        Console.WriteLine();
        Console.WriteLine($"| run | {beforeLabel}: CPU, ratio | {afterLabel}: CPU, ratio | after / before | allocated per run, before → after |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine($"| baseline: YamlDotNet parse of 200 schema files | {Median(baselineSamples.Select(s => s.CpuMilliseconds)):F2} ms, 1.00 | | | {Megabytes(baselineSamples)} MB |");
        foreach (var c in cases)
        {
            var (b, a) = samples[c];
            var beforeRatios = Ratios(b, baselineSamples);
            var afterRatios = Ratios(a, baselineSamples);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {c.Name} | {Median(b.Select(s => s.CpuMilliseconds)):F2} ms, {Describe(beforeRatios)} | {Median(a.Select(s => s.CpuMilliseconds)):F2} ms, {Describe(afterRatios)} | {Median(afterRatios) / Median(beforeRatios):F2} | {Megabytes(b)} → {Megabytes(a)} MB |"));
        }

        return 0;
    }

    private static IIncrementalGenerator Load(string directory)
    {
        var path = Path.Combine(Path.GetFullPath(directory), "BackendInABox.Generator.dll");
        var assembly = new GeneratorLoadContext(path).LoadFromAssemblyPath(path);
        return (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType("BackendInABox.Generator.BackendInABoxGenerator", throwOnError: true)!)!;
    }

    private static string GeneratedText(IIncrementalGenerator generator, ImmutableArray<AdditionalText> texts) =>
        string.Join("\n", Driver.Create(generator, texts).RunGenerators(Driver.Compilation).GetRunResult().Results
            .SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => $"// {s.HintName}\n{s.SourceText}"));

    /// <summary>Starts from a collected heap, so the collections a batch triggers are the batch's own cost.</summary>
    private static Sample Measure(IIncrementalGenerator generator, ImmutableArray<AdditionalText> texts, int runs)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Environment.CpuUsage.TotalTime;
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
        {
            Driver.Create(generator, texts).RunGenerators(Driver.Compilation);
        }

        return new((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / runs, (GC.GetTotalAllocatedBytes(precise: true) - bytes) / (double)runs);
    }

    private static void Keep(int round, List<Sample> samples, Sample sample)
    {
        if (round >= 0)
        {
            samples.Add(sample);
        }
    }

    private static List<double> Ratios(List<Sample> samples, List<Sample> baseline) =>
        samples.Zip(baseline, (s, b) => s.CpuMilliseconds / b.CpuMilliseconds).ToList();

    private static string Describe(List<double> ratios) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(ratios):F2} [{ratios.Min():F2}–{ratios.Max():F2}]");

    private static string Megabytes(List<Sample> samples) =>
        (Median(samples.Select(s => s.Bytes)) / 1_000_000).ToString("F2", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Loads one generator assembly on its own; Roslyn and YamlDotNet come from the default context, shared by both.</summary>
    private sealed class GeneratorLoadContext(string path) : AssemblyLoadContext(path)
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
