using BackendInABox.Benchmarks;
using BenchmarkDotNet.Running;

// A self-check first: the inputs must be a valid schema and a history that produces it, or the numbers mean nothing.
var problems = Driver.Create(new BackendInABox.Generator.BackendInABoxGenerator(), Inputs.Schemas.AddRange(Inputs.Migrations))
    .RunGenerators(Driver.Compilation)
    .GetRunResult()
    .Diagnostics;
if (problems.Length > 0)
{
    Console.Error.WriteLine("The benchmark inputs are not clean:\n" + string.Join("\n", problems.Take(10)));
    return 1;
}

if (args is ["compare", var beforeDirectory, var beforeLabel, var afterDirectory, var afterLabel, var rounds, var runs])
{
    return Comparison.Run(beforeDirectory, beforeLabel, afterDirectory, afterLabel, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
