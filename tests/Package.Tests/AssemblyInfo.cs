// Every test here starts real processes (dotnet pack/build, the apps, PostgreSQL clusters) on a 2-core machine;
// running them one at a time keeps their timing predictable.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
