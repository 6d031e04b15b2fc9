namespace BackendInABox.Generator.Model;

/// <summary>
/// The data-access libraries the app's compilation references, read from its assembly names so the pipeline's cached
/// values hold no Roslyn symbols: a flag set compares by value, and an edit that keeps the references keeps it equal.
/// </summary>
[System.Flags]
internal enum ReferencedLibraries
{
    None = 0,

    /// <summary>Microsoft.EntityFrameworkCore.Relational (every relational provider brings it): the model configuration is emitted.</summary>
    EntityFrameworkCore = 1,

    /// <summary>Npgsql: generated code may name its parameter types.</summary>
    Npgsql = 2,

    /// <summary>Dapper: the column maps and type handlers are emitted.</summary>
    Dapper = 4,

    /// <summary>Microsoft.Data.Sqlite: with it or Npgsql, the ADO.NET row helpers are emitted.</summary>
    Sqlite = 8,
}
