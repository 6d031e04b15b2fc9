using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>The <c>up</c> / <c>down</c> lists of a migration file → <see cref="Operation"/>s.</summary>
internal static partial class OperationParser
{
    private static readonly string[] ColumnKeys = { "name", "type", "max_length", "precision", "scale", "required", "primary", "identity", "default", "values", "array", "sql_type", "default_sql", "native", "auto_update", StoredForms.ColumnKey };

    private static readonly string[] SqlStepKeys = { "sql", "dialect" };

    private static readonly string[] CreateTableKeys = { "table", "columns", "primary_key_name", "primary_key", "checks" };

    private static readonly string[] AlterPrimaryKeyKeys = { "table", "columns" };

    private static readonly string[] TableKeys = { "table" };

    private static readonly string[] RenameTableKeys = { "table", "to" };

    private static readonly string[] AlterColumnKeys = { "table", "column", "using", "sqlite_using", "backfill" };

    private static readonly string[] RenameColumnKeys = { "table", "column", "to" };

    private static readonly string[] CreateIndexKeys = { "table", "name", "columns", "unique", "where", "expression", "using", "ops", "order" };

    private static readonly string[] NamedKeys = { "table", "name" };

    private static readonly string[] ForeignKeyKeys = { "table", "column", "references", "on_delete", "on_update", "name" };

    private static readonly string[] ColumnOperationKeys = { "table", "column" };

    public static List<Operation>? ParseList(MappingReader file, string key, string what, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var node = file.Mapping[key];
        if (node is null)
        {
            diagnostics.Add(Descriptors.MigrationMissingKey, file.Mapping.Location, $"{Wording.Capitalize(what)} has no '{key}' list (write '{key}: []' for none).");
            return null;
        }

        if (node is YamlScalar scalar && scalar.IsNull)
        {
            return new List<Operation>();
        }

        if (node is not YamlSequence sequence)
        {
            diagnostics.Add(Descriptors.MigrationShape, node.Location, $"'{key}' of {what} must be a list of operations, not {node.KindName}.");
            return null;
        }

        var result = new List<Operation>();
        foreach (var item in sequence.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var operation = Parse(item, $"{key} of {what}", diagnostics);
            if (operation is not null)
            {
                result.Add(operation);
            }
        }

        return result;
    }

    private static Operation? Parse(YamlNode item, string where, FileDiagnostics diagnostics)
    {
        if (item is not YamlMapping mapping || mapping.Entries.Count == 0)
        {
            diagnostics.Add(Descriptors.MigrationShape, item.Location, $"Each operation in {where} must be a mapping such as '- add_column: {{ ... }}', not {item.KindName}.");
            return null;
        }

        var head = mapping.Entries[0].Key;
        if (head.Value == "sql")
        {
            return ParseSql(mapping, where, diagnostics);
        }

        if (head.Value == "code")
        {
            return CodeStepParser.Parse(mapping, where, diagnostics);
        }

        if (mapping.Entries.Count > 1 || !EnumNames.Operations.TryParse(head.Value, out var kind))
        {
            var unknown = !EnumNames.Operations.Contains(head.Value) ? head : mapping.Entries[1].Key;
            var suggestion = Suggestions.Closest(unknown.Value, EnumNames.Operations.Names);
            diagnostics.Add(
                Descriptors.MigrationUnknownKey,
                unknown.Location,
                $"Unknown operation '{Wording.Shorten(unknown.Value)}' in {where}.{(suggestion is null ? $" Operations: {string.Join(", ", EnumNames.Operations.Names)}." : $" Did you mean '{suggestion}'?")}");
            return null;
        }

        var body = mapping.Entries[0].Value;
        if (body is not YamlMapping bodyMapping)
        {
            diagnostics.Add(Descriptors.MigrationShape, body.Location, $"'{head.Value}' in {where} must be a mapping such as {{ table: users }}, not {body.KindName}.");
            return null;
        }

        var op = $"{head.Value} in {where}";
        var before = diagnostics.Count;
        var location = head.Location;
        Operation? result = kind switch
        {
            OperationKind.CreateTable => CreateTable(bodyMapping, op, diagnostics, location),
            OperationKind.DropTable => TableOnly(kind, bodyMapping, op, diagnostics, location),
            OperationKind.RenameTable => RenameTable(bodyMapping, op, diagnostics, location),
            OperationKind.AddColumn => AddOrAlterColumn(kind, bodyMapping, op, diagnostics, location),
            OperationKind.AlterColumn => AddOrAlterColumn(kind, bodyMapping, op, diagnostics, location),
            OperationKind.DropColumn => DropColumn(bodyMapping, op, diagnostics, location),
            OperationKind.RenameColumn => RenameColumn(bodyMapping, op, diagnostics, location),
            OperationKind.CreateIndex => CreateIndex(bodyMapping, op, diagnostics, location),
            OperationKind.DropIndex => Named(kind, bodyMapping, op, diagnostics, location),
            OperationKind.AddForeignKey => AddForeignKey(bodyMapping, op, diagnostics, location),
            OperationKind.DropForeignKey => Named(kind, bodyMapping, op, diagnostics, location),
            OperationKind.AddCheck => AddCheck(bodyMapping, op, diagnostics, location),
            OperationKind.DropCheck => Named(kind, bodyMapping, op, diagnostics, location),
            OperationKind.AlterPrimaryKey => AlterPrimaryKey(bodyMapping, op, diagnostics, location),
            _ => null,
        };
        return diagnostics.Count > before ? null : result;
    }

    private static Operation? ParseSql(YamlMapping mapping, string where, FileDiagnostics diagnostics)
    {
        var reader = new MappingReader(mapping, $"a sql step in {where}", diagnostics, SqlStepKeys);
        var sql = reader.String("sql", required: true);
        var dialect = SqlDialect.Any;
        var dialectNode = reader.Scalar("dialect");
        if (dialectNode is not null)
        {
            switch (dialectNode.Value)
            {
                case "postgres":
                case "postgresql":
                    dialect = SqlDialect.Postgres;
                    break;
                case "sqlite":
                    dialect = SqlDialect.Sqlite;
                    break;
                default:
                    diagnostics.Add(Descriptors.MigrationBadValue, dialectNode.Location, $"The dialect '{Wording.Shorten(dialectNode.Value)}' of a sql step in {where} must be postgres or sqlite.");
                    return null;
            }
        }

        if (sql is null || sql.Trim().Length == 0)
        {
            if (sql is not null)
            {
                diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf("sql"), $"A sql step in {where} is empty.");
            }

            return null;
        }

        return Operation.Create(OperationKind.Sql, string.Empty) with { Sql = sql, Dialect = dialect, Location = mapping.Entries[0].Key.Location };
    }

    private static string? Table(MappingReader reader, FileDiagnostics diagnostics, string key = "table") =>
        reader.Scalar(key, required: true) is { } node ? Name(node, key, reader.Subject, diagnostics) : null;

    /// <summary>A table, column, index or constraint name: any name the schema files accept (<see cref="IdentifierShapes.DatabaseNameProblem"/>).</summary>
    private static string? Name(YamlScalar node, string key, Subject what, FileDiagnostics diagnostics) =>
        Checked(node, key, what, IdentifierShapes.DatabaseNameProblem(node.Value), diagnostics);

    private static string? Checked(YamlScalar node, string key, Subject what, string? problem, FileDiagnostics diagnostics)
    {
        if (problem is not null)
        {
            diagnostics.Add(Descriptors.MigrationBadValue, node.Location, $"'{key}' of {what} is not a valid identifier ('{Wording.Shorten(node.Value)}'): {problem}.");
            return null;
        }

        return node.Value;
    }

    private static Operation? CreateTable(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, CreateTableKeys);
        var table = Table(reader, diagnostics);
        var primaryKeyName = reader.Scalar("primary_key_name") is { } keyNode ? Name(keyNode, "primary_key_name", what, diagnostics) : null;
        var list = reader.Sequence("columns", required: true);
        var checks = Checks(reader, what, diagnostics);
        var key = reader.Has("primary_key") ? ColumnList(reader, "primary_key", what, diagnostics) : null;
        if (table is null || list is null)
        {
            return null;
        }

        var columns = new List<ColumnShape>();
        foreach (var item in list.Items)
        {
            var column = ParseColumn(item, what, diagnostics);
            if (column is null)
            {
                continue;
            }

            if (HasColumn(columns, column.Name))
            {
                diagnostics.Add(Descriptors.MigrationBadValue, item.Location, $"Column '{column.Name}' appears twice in {what}.");
                continue;
            }

            columns.Add(column);
        }

        if (columns.Count == 0 && list.Items.Count == 0)
        {
            diagnostics.Add(Descriptors.MigrationBadValue, list.Location, $"{Wording.Capitalize(what)} creates a table without columns.");
        }

        if (key is not null)
        {
            foreach (var stray in columns.Where(c => c.PrimaryKey && !key.Contains(c.Name)))
            {
                diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf("primary_key"), $"Column '{stray.Name}' of {what} is marked primary but 'primary_key' does not list it.");
            }

            foreach (var missing in key.Where(k => !HasColumn(columns, k)))
            {
                diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf("primary_key"), $"'primary_key' of {what} names column '{missing}', which the table does not have.");
            }

            columns = columns.ConvertAll(c => key.Contains(c.Name) ? c with { PrimaryKey = true, Nullable = false } : c);
        }

        return Operation.Create(OperationKind.CreateTable, table) with
        {
            Columns = columns.ToEquatableArray(),
            PrimaryKey = key?.ToEquatableArray() ?? EquatableArray<string>.Empty,
            PrimaryKeyName = primaryKeyName,
            Checks = checks,
            Location = location,
        };
    }

    /// <summary>A loop rather than a predicate: a lambda over the column's name would be a closure per column.</summary>
    private static bool HasColumn(List<ColumnShape> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static Operation? AlterPrimaryKey(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, AlterPrimaryKeyKeys);
        var table = Table(reader, diagnostics);
        var columns = ColumnList(reader, "columns", what, diagnostics);
        return table is null || columns is null
            ? null
            : Operation.Create(OperationKind.AlterPrimaryKey, table) with { PrimaryKey = columns.ToEquatableArray(), Location = location };
    }

    /// <summary>A non-empty list of distinct column names (a primary key's), or null when it has an error.</summary>
    private static List<string>? ColumnList(MappingReader reader, string key, string what, FileDiagnostics diagnostics)
    {
        var nodes = reader.ScalarList(key, required: true);
        if (nodes is null)
        {
            return null;
        }

        var columns = new List<string>();
        foreach (var node in nodes)
        {
            if (Name(node, key, what, diagnostics) is not { } column)
            {
                continue;
            }

            if (columns.Contains(column))
            {
                diagnostics.Add(Descriptors.MigrationBadValue, node.Location, $"'{key}' of {what} lists column '{column}' twice.");
                continue;
            }

            columns.Add(column);
        }

        if (nodes.Length == 0)
        {
            diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf(key), $"'{key}' of {what} lists no columns.");
        }

        return columns;
    }

    private static Operation? TableOnly(OperationKind kind, YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, TableKeys);
        var table = Table(reader, diagnostics);
        return table is null ? null : Operation.Create(kind, table) with { Location = location };
    }

    private static Operation? RenameTable(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, RenameTableKeys);
        var table = Table(reader, diagnostics);
        var to = Table(reader, diagnostics, "to");
        return table is null || to is null ? null : Operation.Create(OperationKind.RenameTable, table) with { NewName = to, Location = location };
    }

    private static Operation? AddOrAlterColumn(OperationKind kind, YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var keys = kind == OperationKind.AlterColumn ? AlterColumnKeys : ColumnOperationKeys;
        var reader = new MappingReader(body, what, diagnostics, keys);
        var table = Table(reader, diagnostics);
        var columnNode = reader.MappingOf("column", required: true);
        var column = columnNode is null ? null : ParseColumn(columnNode, what, diagnostics);
        if (table is null || column is null)
        {
            return null;
        }

        var usingText = kind == OperationKind.AlterColumn ? Conversion(reader, "using", what, diagnostics) : null;
        var sqliteUsing = kind == OperationKind.AlterColumn ? Conversion(reader, "sqlite_using", what, diagnostics) : null;
        DefaultValue? backfill = null;
        if (kind == OperationKind.AlterColumn && reader.Scalar("backfill") is { } backfillNode)
        {
            backfill = DefaultValues.Parse(column.Type, backfillNode.Value, column.EnumValues, out var problem);
            if (problem is not null || backfill is { Kind: not DefaultKind.Literal })
            {
                diagnostics.Add(Descriptors.MigrationBadValue, backfillNode.Location, $"The backfill value of {what} is not valid: {problem ?? "it must be a constant"}.");
            }
        }

        return Operation.Create(kind, table) with { Columns = new[] { column }.ToEquatableArray(), Using = usingText, SqliteUsing = sqliteUsing, Backfill = backfill, Location = location };
    }

    /// <summary>
    /// A conversion expression (`using:` for PostgreSQL, `sqlite_using:` for SQLite), passed into the SQL as written;
    /// an empty one would only fail later, as broken SQL on the database.
    /// </summary>
    private static string? Conversion(MappingReader reader, string key, string what, FileDiagnostics diagnostics)
    {
        var text = reader.String(key);
        if (text is not null && text.Trim().Length == 0)
        {
            diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf(key), $"The '{key}' expression of {what} is empty.");
            return null;
        }

        return text;
    }

    private static Operation? DropColumn(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, ColumnOperationKeys);
        var table = Table(reader, diagnostics);
        var column = Table(reader, diagnostics, "column");
        return table is null || column is null ? null : Operation.Create(OperationKind.DropColumn, table) with { Name = column, Location = location };
    }

    private static Operation? RenameColumn(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, RenameColumnKeys);
        var table = Table(reader, diagnostics);
        var column = Table(reader, diagnostics, "column");
        var to = Table(reader, diagnostics, "to");
        return table is null || column is null || to is null
            ? null
            : Operation.Create(OperationKind.RenameColumn, table) with { Name = column, NewName = to, Location = location };
    }

    private static Operation? CreateIndex(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, CreateIndexKeys);
        var table = Table(reader, diagnostics);
        var name = Table(reader, diagnostics, "name");
        var expression = Conversion(reader, "expression", what, diagnostics);
        var columnNodes = reader.ScalarList("columns", required: expression is null) ?? (expression is null ? null : System.Array.Empty<YamlScalar>());
        var unique = reader.Boolean("unique") ?? false;
        var options = IndexOptions(reader, expression, columnNodes?.Length ?? 0, what, diagnostics);
        if (table is null || name is null || columnNodes is null || options is null)
        {
            return null;
        }

        var columns = new List<string>();
        foreach (var node in columnNodes)
        {
            if (Name(node, "columns", what, diagnostics) is { } column)
            {
                columns.Add(column);
            }
        }

        if (columns.Count == 0 && expression is null)
        {
            diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf("columns"), $"{Wording.Capitalize(what)} lists no columns.");
        }
        else if (columns.Count > 0 && expression is not null)
        {
            diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf("expression"), $"{Wording.Capitalize(what)} has both columns and an expression; an expression index lists its key in the expression.");
        }

        return Operation.Create(OperationKind.CreateIndex, table) with { Name = name, IndexColumns = columns.ToEquatableArray(), Unique = unique, IndexOptions = options, Location = location };
    }

    private static Operation? Named(OperationKind kind, YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, NamedKeys);
        var table = Table(reader, diagnostics);
        var name = Table(reader, diagnostics, "name");
        return table is null || name is null ? null : Operation.Create(kind, table) with { Name = name, Location = location };
    }

    private static Operation? AddForeignKey(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, ForeignKeyKeys);
        var table = Table(reader, diagnostics);
        var column = Table(reader, diagnostics, "column");
        var referencesNode = reader.MappingOf("references", required: true);
        string? targetTable = null;
        string? targetColumn = null;
        if (referencesNode is not null)
        {
            var references = new MappingReader(referencesNode, "references of " + what, diagnostics, ColumnOperationKeys);
            targetTable = Table(references, diagnostics);
            targetColumn = Table(references, diagnostics, "column");
        }

        var onDelete = Action(reader, "on_delete", what, diagnostics);
        var onUpdate = Action(reader, "on_update", what, diagnostics);

        if (table is null || column is null || targetTable is null || targetColumn is null)
        {
            return null;
        }

        var name = reader.Scalar("name") is { } nameNode ? Name(nameNode, "name", what, diagnostics) : IndexNames.ForeignKey(table, column);
        return name is null
            ? null
            : Operation.Create(OperationKind.AddForeignKey, table) with { ForeignKey = new ForeignKeyShape(name, column, targetTable, targetColumn, onDelete) { OnUpdate = onUpdate }, Location = location };
    }

    private static OnDelete Action(MappingReader reader, string key, string what, FileDiagnostics diagnostics)
    {
        var action = OnDelete.NoAction;
        if (reader.Scalar(key) is { } node && !EnumNames.OnDelete.TryParse(node.Value, out action))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, node.Location, $"{key} of {what} must be one of {string.Join(", ", EnumNames.OnDelete.Names)}.");
        }

        return action;
    }

    private static ColumnShape? ParseColumn(YamlNode node, string what, FileDiagnostics diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(Descriptors.MigrationShape, node.Location, $"A column in {what} must be a mapping such as {{ name: email, type: string }}, not {node.KindName}.");
            return null;
        }

        var reader = new MappingReader(mapping, Subject.Joined("a column in ", what), diagnostics, ColumnKeys);
        var name = Table(reader, diagnostics, "name");
        var typeNode = reader.Scalar("type", required: true);
        if (name is null || typeNode is null)
        {
            return null;
        }

        if (!EnumNames.FieldTypes.TryParse(typeNode.Value, out var kind) || kind == FieldType.Ref)
        {
            diagnostics.Add(Descriptors.MigrationBadValue, typeNode.Location, $"Column '{name}' in {what} has unknown type '{Wording.Shorten(typeNode.Value)}' (a ref is a column of the key's type plus add_foreign_key).");
            return null;
        }

        var length = kind switch
        {
            FieldType.String => reader.Integer("max_length", 1, 10485760),
            FieldType.Char => reader.Integer("max_length", 1, 10485760) ?? ColumnOptions.MissingCharLength(reader, name, what, diagnostics),
            FieldType.Enum => ColumnType.EnumLength,
            _ => null,
        };
        int? precision = kind == FieldType.Decimal ? reader.Integer("precision", 1, 1000) ?? ColumnType.DefaultPrecision
            : FieldTypes.IsTemporal(kind) ? reader.Integer("precision", 0, ColumnType.DefaultTimePrecision) : null;
        int? scale = kind == FieldType.Decimal ? reader.Integer("scale", 0, 1000) ?? (reader.Has("precision") ? 0 : ColumnType.DefaultScale) : null;
        var values = EquatableArray<string>.Empty;
        if (kind == FieldType.Enum)
        {
            var items = reader.ScalarList("values", required: true);
            if (items is not null)
            {
                foreach (var item in items)
                {
                    if (EnumLabels.Problem(item.Value) is { } problem)
                    {
                        diagnostics.Add(Descriptors.MigrationBadValue, item.Location, $"The value '{Wording.Shorten(item.Value)}' of column '{name}' in {what} is not an enum label: {problem}.");
                    }
                }

                values = new EquatableArray<string>(System.Array.ConvertAll(items, i => i.Value));
            }
        }

        var primary = reader.Boolean("primary") ?? false;
        var required = primary || (reader.Boolean("required") ?? false);
        var type = new ColumnType(kind, length, precision, scale)
        {
            Array = ColumnOptions.Array(reader, kind, name, what, diagnostics),
            Custom = ColumnOptions.Custom(reader, kind, name, what, diagnostics),
        };
        if (reader.Integer(StoredForms.ColumnKey, StoredForms.Legacy, StoredForms.Legacy) is not null)
        {
            type = StoredForms.AsLegacy(type);
        }

        var (identity, serial) = IdentityOption.Column(reader, kind, primary, name, what, diagnostics);

        DefaultValue? defaultValue = null;
        if ((DefaultLists.Text(reader) ?? reader.Scalar("default")?.Value) is { } defaultText)
        {
            defaultValue = DefaultValues.Parse(type, defaultText, values, out var problem);
            if (problem is not null)
            {
                diagnostics.Add(Descriptors.MigrationBadValue, reader.LocationOf("default"), $"The default of column '{name}' in {what} is not valid: {problem}.");
            }
        }

        if (reader.Has("default_sql"))
        {
            if (defaultValue is not null)
            {
                diagnostics.Add(Descriptors.MigrationBadValue, reader.KeyLocationOf("default_sql"), $"Column '{name}' in {what} has both default and default_sql; keep one.");
            }

            defaultValue = DefaultSqlReader.Read(reader, $"column '{name}' in {what}", diagnostics);
        }

        string? native = null;
        if (reader.Scalar("native") is { } nativeNode)
        {
            if (kind != FieldType.Enum)
            {
                diagnostics.Add(Descriptors.MigrationBadValue, reader.KeyLocationOf("native"), $"Column '{name}' in {what} is not an enum, so it cannot have a native enum type.");
            }
            else
            {
                native = Name(nativeNode, "native", what, diagnostics);
            }
        }

        var autoUpdate = reader.Boolean("auto_update") ?? false;
        if (autoUpdate && (!FieldTypes.CanAutoUpdate(kind) || type.Array))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, reader.KeyLocationOf("auto_update"), $"Column '{name}' in {what} is not a timestamp{(type.Array ? " but an array" : string.Empty)}, so it cannot have auto_update.");
        }

        return new ColumnShape(name, type, !required, primary, defaultValue, values) { Identity = identity, Serial = serial, NativeEnum = native, AutoUpdate = autoUpdate };
    }
}
