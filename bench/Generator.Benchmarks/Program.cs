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

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
