using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// The one class the generated row helpers share: each value in its stored form (uuid upper-case text on SQLite,
/// instants in UTC, jsonb typed as such on PostgreSQL, lists as arrays there and JSON text on SQLite), so every
/// entity's helpers stay a list of calls. The PostgreSQL parts exist only when the app references Npgsql.
/// </summary>
internal static class RowSupportEmitter
{
    public const string HintName = FieldAccess.Support + ".g.cs";

    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string Utc = "global::System.Globalization.DateTimeStyles.AssumeUniversal | global::System.Globalization.DateTimeStyles.AdjustToUniversal";

    public static GeneratedSource Emit(string ns, bool npgsql)
    {
        var w = new CodeWriter();
        w.Open($"namespace {ns}");
        w.OpenType("Reads and adds values in the form the Backend-in-a-Box columns store them, on PostgreSQL and on SQLite.", $"internal static class {FieldAccess.Support}");

        w.Summary("Adds a parameter whose provider's own mapping is the stored form; null becomes <c>DBNull</c>.");
        w.Open("public static void Value(global::System.Data.Common.DbCommand command, string name, object? value)");
        w.Line("Add(command, name, value);");
        w.Close();
        w.Line();

        w.Summary("A uuid: PostgreSQL's uuid, on SQLite the upper-case text Microsoft.Data.Sqlite and EF Core write for a <c>Guid</c>.");
        w.Open("public static void Uuid(global::System.Data.Common.DbCommand command, string name, global::System.Guid? value)");
        w.Line(npgsql
            ? "Add(command, name, value is { } id && command is not global::Npgsql.NpgsqlCommand ? UuidText(id) : (object?)value);"
            : "Add(command, name, value is { } id ? UuidText(id) : null);");
        w.Close();
        w.Line();
        w.Line("public static string UuidText(global::System.Guid value) => value.ToString(\"D\").ToUpperInvariant();");
        w.Line();

        w.Summary("JSON text: typed jsonb on PostgreSQL (a text parameter there is error 42804), plain text on SQLite.");
        w.Open("public static void Json(global::System.Data.Common.DbCommand command, string name, string? value)");
        w.Line("var parameter = Add(command, name, value);");
        if (npgsql)
        {
            w.Open("if (parameter is global::Npgsql.NpgsqlParameter postgres)");
            w.Line("postgres.NpgsqlDbType = global::NpgsqlTypes.NpgsqlDbType.Jsonb;");
            w.Close();
        }

        w.Close();
        w.Line();

        w.Summary("The label of a PostgreSQL enum type: sent untyped, so the server reads it as the column's enum (text does not convert to an enum implicitly).");
        w.Open("public static void NativeLabel(global::System.Data.Common.DbCommand command, string name, string? label)");
        w.Line("var parameter = Add(command, name, label);");
        if (npgsql)
        {
            w.Open("if (parameter is global::Npgsql.NpgsqlParameter postgres)");
            w.Line("postgres.NpgsqlDbType = global::NpgsqlTypes.NpgsqlDbType.Unknown;");
            w.Close();
        }

        w.Close();
        w.Line();

        w.Summary("An instant (<c>datetime</c>): sent in UTC, PostgreSQL's timestamptz by Npgsql's own mapping; a time of unspecified kind is taken as UTC.");
        w.Line("public static void Instant(global::System.Data.Common.DbCommand command, string name, global::System.DateTime? value) => Add(command, name, value is { } time ? ToUtc(time) : null);");
        w.Line();
        w.Line("public static global::System.DateTime ToUtc(global::System.DateTime value) => value.Kind == global::System.DateTimeKind.Local ? value.ToUniversalTime() : global::System.DateTime.SpecifyKind(value, global::System.DateTimeKind.Utc);");
        w.Line();

        w.Summary("A wall-clock time (<c>timestamp</c>): sent without a kind, PostgreSQL's timestamp without time zone.");
        w.Line("public static void WallClock(global::System.Data.Common.DbCommand command, string name, global::System.DateTime? value) => Add(command, name, value is { } time ? global::System.DateTime.SpecifyKind(time, global::System.DateTimeKind.Unspecified) : null);");
        w.Line();

        w.Summary("A <c>datetimetz</c>: PostgreSQL keeps the instant, not the offset, so it is sent at offset 0 (Npgsql refuses any other).");
        w.Line("public static void Offset(global::System.Data.Common.DbCommand command, string name, global::System.DateTimeOffset? value) => Add(command, name, value?.ToUniversalTime());");
        w.Line();

        w.Summary("A list: a PostgreSQL array, or on SQLite the JSON array text the column holds.");
        w.Open("public static void List<T>(global::System.Data.Common.DbCommand command, string name, global::System.Collections.Generic.List<T>? values, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)");
        if (npgsql)
        {
            w.Open("if (command is global::Npgsql.NpgsqlCommand)");
            w.Line("Add(command, name, values);");
            w.Line("return;");
            w.Close();
            w.Line();
        }

        w.Open("if (values is null)");
        w.Line("Add(command, name, null);");
        w.Line("return;");
        w.Close();
        w.Line();
        w.Line("var buffer = new global::System.IO.MemoryStream();");
        w.Open("using (var json = new global::System.Text.Json.Utf8JsonWriter(buffer))");
        w.Line("json.WriteStartArray();");
        w.Open("foreach (var value in values)");
        w.Line("write(json, value);");
        w.Close();
        w.Line();
        w.Line("json.WriteEndArray();");
        w.Close();
        w.Line();
        w.Line("Add(command, name, global::System.Text.Encoding.UTF8.GetString(buffer.ToArray()));");
        w.Close();
        w.Line();

        w.Summary("Enum labels: a PostgreSQL array, a native enum array's sent as its text untyped (the server reads it as the column's enum array, which takes no text[]), on SQLite the JSON array text.");
        w.Open("public static void Labels(global::System.Data.Common.DbCommand command, string name, global::System.Collections.Generic.List<string>? labels, bool native)");
        if (npgsql)
        {
            w.Open("if (native && labels is not null && command is global::Npgsql.NpgsqlCommand)");
            w.Line("((global::Npgsql.NpgsqlParameter)Add(command, name, ArrayText(labels))).NpgsqlDbType = global::NpgsqlTypes.NpgsqlDbType.Unknown;");
            w.Line("return;");
            w.Close();
            w.Line();
        }
        else
        {
            w.Line("_ = native;");
        }

        w.Line("List(command, name, labels, static (w, v) => w.WriteStringValue(v));");
        w.Close();
        w.Line();
        w.Summary("The JSON array text SQLite stores labels in, as <see cref=\"List{T}(global::System.Data.Common.DbCommand, string, global::System.Collections.Generic.List{T}?, global::System.Action{global::System.Text.Json.Utf8JsonWriter, T})\"/> writes it.");
        w.Open("public static string JsonLabels(global::System.Collections.Generic.IEnumerable<string> labels)");
        w.Line("var buffer = new global::System.IO.MemoryStream();");
        w.Open("using (var json = new global::System.Text.Json.Utf8JsonWriter(buffer))");
        w.Line("json.WriteStartArray();");
        w.Open("foreach (var label in labels)");
        w.Line("json.WriteStringValue(label);");
        w.Close();
        w.Line();
        w.Line("json.WriteEndArray();");
        w.Close();
        w.Line();
        w.Line("return global::System.Text.Encoding.UTF8.GetString(buffer.ToArray());");
        w.Close();
        w.Line();
        w.Summary("PostgreSQL's array text of labels: each quoted, a quote or backslash in one escaped.");
        w.Line("public static string ArrayText(global::System.Collections.Generic.IEnumerable<string> labels) => \"{\" + string.Join(\",\", global::System.Linq.Enumerable.Select(labels, static l => \"\\\"\" + l.Replace(\"\\\\\", \"\\\\\\\\\").Replace(\"\\\"\", \"\\\\\\\"\") + \"\\\"\")) + \"}\";");
        w.Line();

        w.Summary("A decimal: SQLite's TEXT keeps every digit (a REAL of an older column is read as it is).");
        w.Line($"public static decimal Decimal(global::System.Data.Common.DbDataReader reader, int ordinal) => reader.GetValue(ordinal) is string text ? decimal.Parse(text, global::System.Globalization.NumberStyles.Float, {Invariant}) : reader.GetDecimal(ordinal);");
        w.Line();
        w.Summary("An instant, of kind UTC: PostgreSQL's timestamptz, or SQLite's text of it.");
        w.Line("public static global::System.DateTime Instant(global::System.Data.Common.DbDataReader reader, int ordinal) => reader.GetValue(ordinal) is string text ? ParseInstant(text) : ToUtc(reader.GetDateTime(ordinal));");
        w.Line();
        w.Summary("A wall-clock time, of unspecified kind.");
        w.Line("public static global::System.DateTime WallClock(global::System.Data.Common.DbDataReader reader, int ordinal) => reader.GetValue(ordinal) is string text ? ParseWallClock(text) : global::System.DateTime.SpecifyKind(reader.GetDateTime(ordinal), global::System.DateTimeKind.Unspecified);");
        w.Line();
        w.Summary("A <c>datetimetz</c> at offset 0 (the instant PostgreSQL kept); SQLite's text without an offset is UTC.");
        w.Line("public static global::System.DateTimeOffset Offset(global::System.Data.Common.DbDataReader reader, int ordinal) => reader.GetValue(ordinal) is string text ? ParseOffset(text) : reader.GetFieldValue<global::System.DateTimeOffset>(ordinal).ToUniversalTime();");
        w.Line();
        w.Summary("A native enum: the value itself through a data source that maps it (<c>MapBackendInABoxEnums()</c>), else its label.");
        w.Line("public static T NativeEnum<T>(global::System.Data.Common.DbDataReader reader, int ordinal, global::System.Func<string, T> parse) where T : struct, global::System.Enum => reader.GetValue(ordinal) is T value ? value : parse(reader.GetString(ordinal));");
        w.Line();
        w.Summary("A list from a PostgreSQL array or SQLite's JSON array text.");
        w.Open("public static global::System.Collections.Generic.List<T> List<T>(global::System.Data.Common.DbDataReader reader, int ordinal, global::System.Func<global::System.Text.Json.JsonElement, T> element)");
        w.Open("if (reader.GetValue(ordinal) is not string text)");
        w.Line("return reader.GetFieldValue<global::System.Collections.Generic.List<T>>(ordinal);");
        w.Close();
        w.Line();
        w.Line("return ParseList(text, element);");
        w.Close();
        w.Line();
        w.Summary("Enum values from a PostgreSQL array of labels (text or a native enum's) or SQLite's JSON array text.");
        w.Open("public static global::System.Collections.Generic.List<T> Labels<T>(global::System.Data.Common.DbDataReader reader, int ordinal, global::System.Func<string, T> parse)");
        w.Open("if (reader.GetValue(ordinal) is string text)");
        w.Line("return ParseList(text, e => parse(e.GetString()!));");
        w.Close();
        w.Line();
        w.Line("return new global::System.Collections.Generic.List<T>(global::System.Array.ConvertAll(reader.GetFieldValue<string[]>(ordinal), l => parse(l)));");
        w.Close();
        w.Line();
        w.Summary("A list from SQLite's JSON array text, each element read by <paramref name=\"element\"/>.");
        w.Open("public static global::System.Collections.Generic.List<T> ParseList<T>(string text, global::System.Func<global::System.Text.Json.JsonElement, T> element)");
        w.Line("using var json = global::System.Text.Json.JsonDocument.Parse(text);");
        w.Line("var values = new global::System.Collections.Generic.List<T>(json.RootElement.GetArrayLength());");
        w.Open("foreach (var item in json.RootElement.EnumerateArray())");
        w.Line("values.Add(element(item));");
        w.Close();
        w.Line();
        w.Line("return values;");
        w.Close();
        w.Line();

        w.Line($"public static global::System.DateTime ParseInstant(string text) => global::System.DateTime.Parse(text, {Invariant}, {Utc});");
        w.Line();
        w.Line($"public static global::System.DateTime ParseWallClock(string text) => global::System.DateTime.SpecifyKind(global::System.DateTime.Parse(text, {Invariant}), global::System.DateTimeKind.Unspecified);");
        w.Line();
        w.Line($"public static global::System.DateTimeOffset ParseOffset(string text) => global::System.DateTimeOffset.Parse(text, {Invariant}, global::System.Globalization.DateTimeStyles.AssumeUniversal).ToUniversalTime();");
        w.Line();
        w.Summary("Microsoft.Data.Sqlite's text of a <c>DateTime</c>, so a list element compares as the column's own values do.");
        w.Line($"public static string DateTimeText(global::System.DateTime value) => value.ToString(\"yyyy-MM-dd HH:mm:ss.FFFFFFF\", {Invariant});");
        w.Line();
        w.Line($"public static string OffsetText(global::System.DateTimeOffset value) => value.ToUniversalTime().ToString(\"yyyy-MM-dd HH:mm:ss.FFFFFFFzzz\", {Invariant});");
        w.Line();
        w.Summary("A decimal list element: the text every writer stores, or a JSON number a row written before that holds.");
        w.Line($"public static decimal JsonDecimal(global::System.Text.Json.JsonElement element) => element.ValueKind == global::System.Text.Json.JsonValueKind.String ? decimal.Parse(element.GetString()!, global::System.Globalization.NumberStyles.Float, {Invariant}) : element.GetDecimal();");
        w.Line();
        w.Summary("A boolean list element: JSON true/false, or the 0/1 SQLite's json_array makes of an INTEGER.");
        w.Line("public static bool JsonBoolean(global::System.Text.Json.JsonElement element) => element.ValueKind == global::System.Text.Json.JsonValueKind.Number ? element.GetInt32() != 0 : element.GetBoolean();");
        w.Line();

        w.Open("private static global::System.Data.Common.DbParameter Add(global::System.Data.Common.DbCommand command, string name, object? value)");
        w.Line("var parameter = command.CreateParameter();");
        w.Line("parameter.ParameterName = name;");
        w.Line("parameter.Value = value ?? global::System.DBNull.Value;");
        w.Line("command.Parameters.Add(parameter);");
        w.Line("return parameter;");
        w.Close();
        w.Close();
        w.Close();
        return new GeneratedSource(HintName, w.Finish());
    }
}
