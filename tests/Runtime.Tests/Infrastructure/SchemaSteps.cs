namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>What the schema-change scenarios repeat at each step of a history, and what they check of PostgreSQL's enum types.</summary>
internal static class SchemaSteps
{
    /// <summary>One step: <paramref name="file"/> rewritten, the app rebuilt, its migration generated and applied, and the live database of exactly the shape the build expects.</summary>
    public static async Task StepAsync(this AppUnderTest app, string file, string yaml, string message)
    {
        app.WithSchema(file, yaml);
        app.Rebuild();
        await app.GenerateAsync(message);
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app);
    }

    /// <summary>The labels of PostgreSQL enum type <paramref name="type"/>, in its order.</summary>
    public static Task<IReadOnlyList<string?>> EnumLabelsAsync(this TestDatabase database, string type) =>
        database.ColumnValuesAsync($"SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = '{type}' ORDER BY e.enumsortorder");
}
