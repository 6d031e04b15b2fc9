namespace BackendInABox.Generator.Model;

/// <summary>
/// A class of the app, as the code steps of migration files look for it: its simple name, the name the generated
/// migration writes (<c>global::App.Steps.BackfillFullName</c>) and, when a code step cannot run it, why.
/// </summary>
internal sealed record CodeStepClass(string Name, string FullName, string? Problem);

/// <summary>A FluentMigrator migration class the app wrote itself, which the runner never runs.</summary>
internal sealed record HandWrittenMigration(string FullName, LocationInfo Location);
