namespace BackendInABox.Generator.Model;

/// <summary>The column type of a <see cref="FieldType.Custom"/> field in each dialect, as the schema file's <c>sql_type:</c> spells it.</summary>
internal sealed record CustomSqlType(string Postgres, string Sqlite);
