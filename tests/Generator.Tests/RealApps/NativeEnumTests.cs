using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.RealApps;

/// <summary>
/// <c>native:</c> enums through a schema's life: created with the table, a label added outside a transaction, a label
/// removed by a type swap, native switched off and on, dropped with its column; each step a migration that reads back
/// to no pending change, its SQL on both dialects reviewed as a snapshot.
/// </summary>
public sealed class NativeEnumTests
{
    private static string Film(string values, bool native = true, bool withRating = true) =>
        "name: Film\nfields:\n  id: { type: integer, primary: true }\n"
        + (withRating ? $"  rating: {{ type: enum, values: [{values}], default: G{(native ? ", native: mpaa_rating" : string.Empty)} }}\n" : string.Empty);

    [Fact]
    public void Each_change_of_a_native_enum_is_a_migration_that_reads_back_with_its_SQL_on_both_dialects()
    {
        var project = new EvolvingProject().Schema("film.yaml", Film("G, PG, R"));
        var created = project.Generate("initial");
        project.Schema("film.yaml", Film("G, PG, PG-13, R, NC-17"));
        var added = project.Generate("add labels");
        project.Schema("film.yaml", Film("G, PG-13, R, NC-17"));
        var removed = project.Generate("remove a label");
        project.Schema("film.yaml", Film("G, PG-13, R, NC-17", native: false));
        var off = project.Generate("native off");
        project.Schema("film.yaml", Film("G, PG-13, R, NC-17"));
        project.Generate("native on");
        project.Schema("film.yaml", Film("G", withRating: false));
        project.Generate("drop rating");

        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.Contains("values: [G, PG, R], native: mpaa_rating", created, StringComparison.Ordinal);
        Assert.Contains("transaction: false", added, StringComparison.Ordinal);
        Assert.DoesNotContain("transaction: false", removed, StringComparison.Ordinal);
        Assert.DoesNotContain("transaction: false", off, StringComparison.Ordinal);
        Assert.DoesNotContain("native", off[off.IndexOf("up:", StringComparison.Ordinal)..off.IndexOf("down:", StringComparison.Ordinal)], StringComparison.Ordinal);
        var assembly = MigrationRunner.Load(run);
        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "RealApps.NativeEnum.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "RealApps.NativeEnum.sqlite", "sql");
    }

    [Fact]
    public void The_manifest_expects_the_native_type_on_PostgreSQL_and_text_on_SQLite()
    {
        var project = new EvolvingProject().Schema("film.yaml", Film("G, PG-13"));
        project.Generate("initial");

        var table = Assert.Single(ManifestReader.Read(project.Run()).Schema!, t => t.Name == "films");

        var rating = Assert.Single(table.Columns, c => c.Name == "rating");
        Assert.Equal(("mpaa_rating", "TEXT"), (rating.PostgresType, rating.SqliteType));
        Assert.Equal(["G", "PG-13"], rating.EnumValues);
    }

    /// <summary>A type named as Prisma names it ("DocumentStatus") is kept as written: quoted in the SQL, and expected as PostgreSQL's catalog spells it.</summary>
    [Fact]
    public void A_native_type_named_in_PascalCase_is_quoted_and_expected_as_the_catalog_spells_it()
    {
        var project = new EvolvingProject().Schema("film.yaml", "name: Film\nfields:\n  id: { type: integer, primary: true }\n  rating: { type: enum, values: [G, PG], native: FilmRating }\n");
        var created = project.Generate("initial");
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.Contains("native: FilmRating", created, StringComparison.Ordinal);
        Assert.Contains("CREATE TYPE \"FilmRating\" AS ENUM ('G', 'PG')", MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL"), StringComparison.Ordinal);
        var rating = Assert.Single(Assert.Single(ManifestReader.Read(run).Schema!, t => t.Name == "films").Columns, c => c.Name == "rating");
        Assert.Equal("\"FilmRating\"", rating.PostgresType);
    }

    [Theory]
    [InlineData("  n: { type: string, native: some_type }\n", "BIAB057", 4, 22, "applies only to enum fields")]
    [InlineData("  a: { type: enum, values: [x], native: shared }\n  b: { type: enum, values: [x], native: shared }\n", "BIAB057", 5, 3, "already the type of Bad.a")]
    [InlineData("  a: { type: enum, values: [x], native: bads }\n", "BIAB057", 4, 3, "named like a table")]
    [InlineData("  a: { type: enum, values: [x], native: 'Bad\"Type' }\n", "BIAB040", 4, 41, "native type name")]
    public void Each_misuse_of_native_is_an_error_at_its_place(string fields, string id, int line, int column, string text)
    {
        var run = new GeneratorHarness().WithSchema("bad.yaml", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n" + fields).Run();

        var error = run.BiabDiagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(error is not null, string.Join("\n", run.BiabDiagnostics));
        Assert.Equal((line, column), EvolvingProject.Position(error!));
        Assert.Contains(text, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.HintNames, h => h == "Bad.g.cs");
    }
}
