using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Types;

/// <summary>The entity properties of smallint, real, char, time, timestamp, the time precisions, arrays and custom types.</summary>
public sealed class TypeEntityTests
{
    public const string Showing = """
        name: Showing
        table: showings
        fields:
          id:         { type: smallint, primary: true }
          seats:      { type: smallint, required: true, default: 120 }
          spare:      { type: smallint }
          ratio:      { type: real, required: true, default: 1.5 }
          score:      { type: real }
          code:       { type: char, max_length: 5, required: true, default: AB }
          hall:       { type: char, max_length: 2 }
          starts_at:  { type: time, required: true, default: "19:30" }
          ends_at:    { type: time, precision: 0 }
          created_at: { type: timestamp, precision: 3, required: true, default: now }
          shown_on:   { type: timestamp, default: "2026-01-31T20:00:00" }
          logged_at:  { type: datetime, precision: 3 }
          seen_at:    { type: datetimetz, precision: 0 }
          tags:       { type: text, array: true, required: true, default: [] }
          ratings:    { type: smallint, array: true }
          rows:       { type: char, max_length: 1, array: true, default: [] }
          slots:      { type: time, precision: 0, array: true }
          search:     { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT } }
          body:       { type: custom, sql_type: { postgres: "double precision", sqlite: REAL }, clr_type: double, required: true }
          page:       { type: custom, sql_type: { postgres: text, sqlite: TEXT }, required: true }
        """;

    [Fact]
    public void The_new_types_become_these_properties()
    {
        var run = new GeneratorHarness().WithSchema("showing.yaml", Showing).Run();

        Assert.Empty(run.BiabDiagnostics.Where(d => d.Id != "BIAB200").Select(d => d.ToString()));
        Snapshot.Verify(run.SourceNamed("Showing.g.cs"), "Entity.Showing");
    }

    [Fact]
    public void The_entity_compiles_warning_free_with_the_types_the_schema_says_and_starts_with_the_defaults()
    {
        // Compiles only if each property has exactly the type the field maps to.
        const string use = """
            namespace TestApp;

            public static class ShowingUse
            {
                public static Showing Create() => new Showing();

                public static void Types(Showing s)
                {
                    short id = s.Id;
                    short seats = s.Seats;
                    short? spare = s.Spare;
                    float ratio = s.Ratio;
                    float? score = s.Score;
                    string code = s.Code;
                    string? hall = s.Hall;
                    System.TimeOnly starts = s.StartsAt;
                    System.TimeOnly? ends = s.EndsAt;
                    System.DateTime created = s.CreatedAt;
                    System.DateTime? shown = s.ShownOn;
                    System.DateTime? logged = s.LoggedAt;
                    System.DateTimeOffset? seen = s.SeenAt;
                    System.Collections.Generic.List<string> tags = s.Tags;
                    System.Collections.Generic.List<short>? ratings = s.Ratings;
                    System.Collections.Generic.List<string>? rows = s.Rows;
                    System.Collections.Generic.List<System.TimeOnly>? slots = s.Slots;
                    string? search = s.Search;
                    double body = s.Body;
                    string page = s.Page;
                    System.GC.KeepAlive(new object?[] { id, seats, spare, ratio, score, code, hall, starts, ends, created, shown, logged, seen, tags, ratings, rows, slots, search, body, page });
                }
            }
            """;
        var run = new GeneratorHarness().WithSchema("showing.yaml", Showing).WithCSharp("ShowingUse.cs", use).Run();
        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));

        var showing = run.Load().GetType("TestApp.ShowingUse")!.GetMethod("Create")!.Invoke(null, null)!;
        object? Value(string property) => showing.GetType().GetProperty(property)!.GetValue(showing);
        Assert.Equal((short)120, Value("Seats"));
        Assert.Equal(1.5f, Value("Ratio"));
        Assert.Equal("AB", Value("Code"));
        Assert.Equal(new TimeOnly(19, 30, 0), Value("StartsAt"));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)Value("CreatedAt")!).Kind);
        Assert.Equal(new DateTime(2026, 1, 31, 20, 0, 0), Value("ShownOn"));
        Assert.Empty((List<string>)Value("Tags")!);
        Assert.Empty((List<string>)Value("Rows")!);
        Assert.Null(Value("Ratings"));
        Assert.Equal(string.Empty, Value("Page"));
    }
}
