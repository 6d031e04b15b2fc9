using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using BackendInABox.Tests.Shared;
using Xunit;

namespace BackendInABox.Generator.Tests.Keys;

/// <summary>
/// A ref's <c>column_type:</c>: the column's own width within its target key's family (Pagila's <c>smallint</c>
/// references to <c>integer</c> keys). Misuse is reported at its line; the entity, the migration files, the EF Core
/// model and both dialects' SQL carry the width, and changing it is a pending change that round-trips.
/// </summary>
public sealed class RefColumnTypeTests
{
    private static readonly string Language = KeySchemas.Language("film: { type: ref, target: Film, column_type: bigint }");

    private static string Film(string columnType) => KeySchemas.Film("id: { type: integer, primary: true }", string.Empty, columnType);

    [Fact]
    public void Every_misuse_of_column_type_is_reported_at_its_line()
    {
        const string country = """
            name: Country
            fields:
              code: { type: char, max_length: 2, primary: true }
            """;
        const string bad = """
            name: Bad
            fields:
              id:    { type: integer, primary: true }
              other: { type: ref, target: Language, column_type: smalint }
              count: { type: integer, column_type: smallint }
              wide:  { type: ref, target: Language, max_length: 5 }
              fixed: { type: ref, target: Country, column_type: char }
            """;
        const string mismatch = """
            name: Mismatch
            fields:
              id:       { type: uuid, primary: true }
              country:  { type: ref, target: Country, column_type: smallint }
              language: { type: ref, target: Language, column_type: text }
            """;
        const string pointer = """
            name: Pointer
            fields:
              id:       { type: integer, primary: true }
              mismatch: { type: ref, target: Mismatch, column_type: integer }
            """;
        var run = new GeneratorHarness().WithSchema("language.yaml", Language).WithSchema("film.yaml", Film(string.Empty)).WithSchema("country.yaml", country)
            .WithSchema("bad.yaml", bad).WithSchema("mismatch.yaml", mismatch).WithSchema("pointer.yaml", pointer).Run();

        Assert.Null(run.Exception);
        Assert.Equal(
            [
                "BIAB009 5:27 'column_type' applies only to ref fields; field Bad.count is not one.",
                "BIAB009 6:41 'max_length' on a ref is the length of its column_type string or char; field Bad.wide has no column_type.",
                "BIAB045 7:53 Field Bad.fixed is a char field without 'max_length': character(n) needs its length, e.g. { type: char, max_length: 5 } (use string or text for text of any length).",
                "BIAB070 4:54 column_type of field Bad.other must be one of smallint, integer, bigint, string, char, text, not 'smalint'. Did you mean 'smallint'?",
                "BIAB071 4:56 column_type smallint of field Mismatch.country does not fit the char key of Country; write string, char or text, or leave column_type out.",
                "BIAB071 4:57 column_type integer of field Pointer.mismatch does not fit the uuid key of Mismatch; leave column_type out to store the key's own type.",
                "BIAB071 5:57 column_type text of field Mismatch.language does not fit the integer key of Language; write smallint, integer or bigint, or leave column_type out.",
            ],
            [.. Reported(run).Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void The_entity_property_and_the_EF_Core_column_take_the_ref_s_own_type()
    {
        var run = new GeneratorHarness().WithEntityFrameworkCore().WithSchema("language.yaml", Language).WithSchema("film.yaml", Film("smallint")).Run();

        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("public short LanguageId { get; set; }", run.Source("Film.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public long? FilmId { get; set; }", run.Source("Language.g.cs"), StringComparison.Ordinal);
        var model = run.SourceNamed("BackendInABoxModel.g.cs");
        Assert.Contains("HasColumnName(global::TestApp.Film.Columns.LanguageId).HasColumnType(postgres ? \"smallint\" : \"INTEGER\")", model, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_column_type_is_an_alter_column_that_warns_when_it_narrows_and_round_trips()
    {
        var history = new EvolvingProject().Schema("language.yaml", Language).Schema("film.yaml", Film(string.Empty));
        var initial = history.Generate("initial");
        EvolvingProject.AssertClean(history.Run());
        Assert.Contains("{ name: film_id, type: bigint", initial, StringComparison.Ordinal);

        history.Schema("film.yaml", Film("smallint"));
        var narrowing = history.Run();
        Assert.Contains(EvolvingProject.Messages(narrowing, "BIAB201"), m => m.Contains("films.language_id from integer to smallint narrows it", StringComparison.Ordinal));
        var narrowed = history.Generate("smallint language");
        Assert.Contains("alter_column", narrowed, StringComparison.Ordinal);
        EvolvingProject.AssertClean(history.Run());

        history.Schema("film.yaml", Film("bigint"));
        Assert.DoesNotContain(EvolvingProject.Messages(history.Run(), "BIAB201"), m => m.Contains("films.language_id", StringComparison.Ordinal));
        history.Generate("bigint language");
        EvolvingProject.AssertClean(history.Run());

        var assembly = MigrationRunner.Load(history.Run());
        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "RefColumnType.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "RefColumnType.sqlite", "sql");
    }

    [Fact]
    public void A_ref_to_a_text_key_stores_varchar_or_char_of_its_own_length_in_every_output()
    {
        var run = new GeneratorHarness().WithEntityFrameworkCore().WithSchema("country.yaml", KeySchemas.TextKeyCountry)
            .WithSchema("city.yaml", KeySchemas.City(", column_type: string, max_length: 20")).Run();

        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("public string CountryId { get; set; } = string.Empty;", run.Source("City.g.cs"), StringComparison.Ordinal);
        Assert.Contains("HasColumnName(global::TestApp.City.Columns.CountryId).HasColumnType(postgres ? \"varchar(20)\" : \"TEXT\").IsRequired().HasMaxLength(20)", run.SourceNamed("BackendInABoxModel.g.cs"), StringComparison.Ordinal);

        var history = new EvolvingProject().Schema("country.yaml", KeySchemas.TextKeyCountry).Schema("city.yaml", KeySchemas.City(", column_type: string, max_length: 20"));
        Assert.Contains("{ name: country_id, type: string, max_length: 20", history.Generate("initial"), StringComparison.Ordinal);
        EvolvingProject.AssertClean(history.Run());

        history.Schema("city.yaml", KeySchemas.City(", column_type: char, max_length: 3"));
        Assert.Contains(EvolvingProject.Messages(history.Run(), "BIAB201"), m => m.Contains("cities.country_id", StringComparison.Ordinal));
        Assert.Contains("alter_column", history.Generate("char country"), StringComparison.Ordinal);
        EvolvingProject.AssertClean(history.Run());

        history.Schema("city.yaml", KeySchemas.City(string.Empty));
        history.Generate("text country");
        EvolvingProject.AssertClean(history.Run());

        var assembly = MigrationRunner.Load(history.Run());
        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "RefColumnType.text.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "RefColumnType.text.sqlite", "sql");
    }

    private static List<string> Reported(GeneratorRun run) => [.. run.BiabDiagnostics.Where(d => d.Id is not ("BIAB200" or "BIAB111")).Select(d =>
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return $"{d.Id} {start.Line + 1}:{start.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
    })];
}
