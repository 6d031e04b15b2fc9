using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.DataAccess;

/// <summary>The EF Core model configuration, emitted only for an app that references EF Core.</summary>
public sealed class EfCoreModelTests
{
    private const string Context = """
        using Microsoft.EntityFrameworkCore;

        namespace TestApp;

        public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
        {
            public DbSet<Team> Teams => Set<Team>();

            public DbSet<Member> Members => Set<Member>();

            public DbSet<Order> Orders => Set<Order>();

            public DbSet<OrderLine> OrderLines => Set<OrderLine>();

            protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyBackendInABoxModel(Database);
        }
        """;

    [Fact]
    public void The_rows_schema_becomes_this_model_configuration()
    {
        var run = new GeneratorHarness().WithRowsSchema().WithEntityFrameworkCore().Run();

        // Text, not .cs: the snapshot names entities the test assembly does not define.
        Snapshot.Verify(run.SourceNamed("BackendInABoxModel.g.cs"), "EfCore.RowsSchema", "txt");
    }

    [Fact]
    public void An_app_that_references_EF_Core_compiles_a_context_with_one_call_warning_free()
    {
        var run = new GeneratorHarness().WithRowsSchema().WithEntityFrameworkCore().WithCSharp("ShopContext.cs", Context).Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.BiabDiagnostics.Where(d => d.Id != "BIAB200").Select(d => d.ToString()));
        var problems = run.CompilationProblems.Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Nothing_EF_related_is_emitted_for_an_app_without_EF_Core()
    {
        var run = new GeneratorHarness().WithRowsSchema().Run();

        Assert.DoesNotContain("BackendInABoxModel.g.cs", run.HintNames);
        Assert.All(run.Result.Results.SelectMany(r => r.GeneratedSources), s => Assert.DoesNotContain("EntityFrameworkCore", s.SourceText.ToString(), StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }
}
