using System.Text.Json;
using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hardening;

/// <summary>
/// `migrate status` answers a script: exit 0 when nothing needs a person, 3 when it reports something to act on; with
/// --json standard output is exactly one JSON document. `up` and `down` repeat the warnings.
/// </summary>
public sealed class StatusAnswerTests : IAsyncLifetime
{
    private const int NeedsAttention = 3;

    private AppUnderTest _app = null!;

    public async Task InitializeAsync()
    {
        _app = new AppUnderTest(new SqliteDatabase());
        _app.WithSchema("customer.yaml", Schemas.Customer);
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_clean_database_exits_0_also_with_json()
    {
        (await _app.MigrateAsync("status")).ShouldSucceed();
        var json = (await _app.MigrateAsync("status", "--json")).ShouldSucceed();
        Assert.False(Parse(json).GetProperty("needsAttention").GetBoolean());
    }

    [Fact]
    public async Task An_edited_applied_file_exits_3_and_up_and_down_warn_about_it()
    {
        File.AppendAllText(_app.App.MigrationFiles[0], "# a comment added after it ran\n");
        _app.Rebuild();

        (await _app.MigrateAsync("status")).ShouldFail(NeedsAttention).ShouldContain("EDITED");
        Assert.True(Parse((await _app.MigrateAsync("status", "--json")).ShouldFail(NeedsAttention)).GetProperty("needsAttention").GetBoolean());
        (await _app.MigrateAsync("up")).ShouldSucceed().ShouldContain("Nothing to apply").ShouldContain("EDITED");
        (await _app.MigrateAsync("down")).ShouldSucceed().ShouldContain("EDITED").ShouldContain("rolled back");
    }

    [Fact]
    public async Task An_applied_migration_without_a_file_exits_3()
    {
        await _app.Database.ExecuteAsync("INSERT INTO \"VersionInfo\" (\"Version\", \"AppliedOn\", \"Description\") VALUES (19990101000000, '1999-01-01 00:00:00', 'from elsewhere')");

        (await _app.MigrateAsync("status")).ShouldFail(NeedsAttention).ShouldContain("UNKNOWN").ShouldContain("19990101000000");
    }

    [Fact]
    public async Task A_schema_change_no_migration_captures_exits_3()
    {
        _app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        _app.Rebuild();

        (await _app.MigrateAsync("status")).ShouldFail(NeedsAttention).ShouldContain("not captured");
    }

    [Fact]
    public async Task Json_with_the_default_SQLite_file_writes_only_the_document_on_standard_output()
    {
        // No --connection: the default file, whose note used to come first on standard output.
        var result = (await Migrate.RunWithArgumentsAsync(_app.Build, ["status", "--json"])).ShouldSucceed();

        var document = Parse(result);
        Assert.Equal("SQLite", document.GetProperty("provider").GetString());
        Assert.Contains("No database configured", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_waiting_for_the_database_writes_only_the_document_on_standard_output()
    {
        var result = (await _app.MigrateAsync("status", "--json", "--wait", "5")).ShouldSucceed();

        Parse(result);
        Assert.Contains("Database is ready", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_keeps_its_property_names_and_value_kinds_with_every_section_filled()
    {
        var initial = _app.App.MigrationFiles[0];
        var initialId = MigrationFile.IdOf(initial);
        Assert.Equal(["applied"], await _app.Database.ColumnValuesAsync("SELECT state FROM biab_migration_files"));
        _app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        _app.Rebuild();
        var pending = await _app.GenerateAsync("add phone");
        _app.WithSchema("order.yaml", Schemas.Order);
        File.AppendAllText(initial, "# a comment added after it ran\n");
        _app.Rebuild();
        await _app.Database.ExecuteAsync("INSERT INTO \"VersionInfo\" (\"Version\", \"AppliedOn\", \"Description\") VALUES (19990101000000, '1999-01-01 00:00:00', 'from elsewhere')");

        // The marker a runner leaves when a migration without a transaction stops midway going up.
        await _app.Database.ExecuteAsync($"INSERT INTO biab_migration_files (version, sha256, file, state, recorded_on) VALUES ({pending.Id}, 'x', 'f.yaml', 'started', '2026-01-01 00:00:00')");

        var document = Parse((await _app.MigrateAsync("status", "--json")).ShouldFail(NeedsAttention));

        Assert.Equal(
            "{provider:String,database:String,address:String,source:String,exists:True,currentVersion:Number,"
            + "applied:[{id:Number,description:String,appliedOn:String,file:Null},{id:Number,description:String,appliedOn:String,file:String}],"
            + "pending:[{id:Number,description:String,file:String}],editedAfterApply:[{id:Number,file:String}],"
            + "failedWithoutTransaction:[{id:Number,file:String}],appliedWithoutFile:[Number],heads:[Number],"
            + "uncapturedSchemaChanges:[String],needsAttention:True}",
            Shape(document));
        Assert.Equal(initialId, document.GetProperty("currentVersion").GetInt64());
        Assert.Equal(initialId, document.GetProperty("editedAfterApply")[0].GetProperty("id").GetInt64());
        Assert.Equal(pending.Id, document.GetProperty("failedWithoutTransaction")[0].GetProperty("id").GetInt64());
        Assert.Equal(19990101000000, document.GetProperty("appliedWithoutFile")[0].GetInt64());
    }

    /// <summary>Property names in order with the kind of each value, so a renamed, dropped or retyped property shows.</summary>
    private static string Shape(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => p.Name + ":" + Shape(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Shape)) + "]",
        _ => element.ValueKind.ToString(),
    };

    /// <summary>Standard output as exactly one JSON document (JsonDocument refuses anything before or after it).</summary>
    private static JsonElement Parse(RunResult result)
    {
        try
        {
            return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"Standard output is not one JSON document ({e.Message}).\n{result}");
        }
    }
}
