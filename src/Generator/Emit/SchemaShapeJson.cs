using BackendInABox.Generator.Diff;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The tables the history replay says the database has at the head, as plain data for the runtime's live-database
/// comparison. Types, defaults and delete rules are written in each dialect's own SQL words, so the runtime compares
/// what it reads from the catalog without knowing the generator's type mapping.
/// </summary>
internal static class SchemaShapeJson
{
    public static void Write(JsonWriter json, EquatableArray<TableShape> tables)
    {
        json.StartArray("schema");
        foreach (var table in tables)
        {
            json.StartObject().String("name", table.Name).StartArray("columns");
            foreach (var column in table.Columns)
            {
                json.StartObject()
                    .String("name", column.Name)
                    .String("postgresType", ColumnChanges.PostgresType(column.Type))
                    .String("sqliteType", SqliteDdl.Type(column.Type))
                    .Boolean("nullable", column.Nullable)
                    .Boolean("primaryKey", column.PrimaryKey)
                    .String("postgresDefault", column.Default is { } pg ? SqlLiterals.Value(column.Type, pg, sqlite: false) : null)
                    .String("sqliteDefault", column.Default is { } lite ? SqlLiterals.Value(column.Type, lite, sqlite: true) : null)
                    .StartArray("enumValues");
                foreach (var value in column.Type.Kind == FieldType.Enum ? column.EnumValues : EquatableArray<string>.Empty)
                {
                    json.String(null, value);
                }

                json.EndArray().EndObject();
            }

            json.EndArray().StartArray("indexes");
            foreach (var index in table.Indexes)
            {
                json.StartObject().String("name", index.Name).StartArray("columns");
                foreach (var column in index.Columns)
                {
                    json.String(null, column);
                }

                json.EndArray().Boolean("unique", index.Unique).EndObject();
            }

            json.EndArray().StartArray("foreignKeys");
            foreach (var key in table.ForeignKeys)
            {
                json.StartObject()
                    .String("name", key.Name)
                    .String("column", key.Column)
                    .String("targetTable", key.TargetTable)
                    .String("targetColumn", key.TargetColumn)
                    .String("onDelete", SqliteDdl.OnDeleteSql(key.OnDelete))
                    .EndObject();
            }

            json.EndArray().EndObject();
        }

        json.EndArray();
    }
}
