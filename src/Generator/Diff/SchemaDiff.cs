using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace BackendInABox.Generator.Diff;

/// <summary>
/// Compares the tables the history produces with the tables the schema files describe and writes the difference as
/// the operations of the next migration, each with its inverse for <c>down</c>, in an order the database accepts:
/// foreign keys and indexes go before the columns they use and come back after them.
/// </summary>
internal static class SchemaDiff
{
    public static PendingChange Compute(SchemaSet set, History history, System.Threading.CancellationToken cancellationToken)
    {
        var target = SchemaShapes.From(set);
        var renames = SchemaShapes.Renames(set);
        var current = history.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var models = set.Models.ToDictionary(m => m.Table, StringComparer.Ordinal);
        var c = new Collector();

        var droppedTables = current.Values.Where(t => !target.Any(x => x.Name == t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        foreach (var table in droppedTables)
        {
            c.DropTable(table);
        }

        WarnLookAlikeTables(droppedTables, target.Where(t => !current.ContainsKey(t.Name)), models, c);

        foreach (var table in target.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = models[table.Name];
            if (!current.TryGetValue(table.Name, out var existing))
            {
                c.CreateTable(table, model);
                continue;
            }

            CompareTable(existing, table, model, renames, c);
        }

        return c.ToPendingChange();
    }

    /// <summary>
    /// A model renamed, or one whose default table name changed, looks like a dropped table and a new one with the same
    /// columns: say how to keep the rows before they are lost.
    /// </summary>
    private static void WarnLookAlikeTables(IReadOnlyList<TableShape> dropped, IEnumerable<TableShape> created, Dictionary<string, SchemaModel> models, Collector c)
    {
        foreach (var table in created)
        {
            if (dropped.FirstOrDefault(d => d.Columns.Select(x => (x.Name, x.Type)).SequenceEqual(table.Columns.Select(x => (x.Name, x.Type)))) is { } twin)
            {
                var model = models[table.Name];
                c.Warn(
                    Descriptors.LooksLikeRename,
                    $"Table {twin.Name} is dropped and table {table.Name} added with the same columns: if model {model.Name} is the table {twin.Name}, add `table: {twin.Name}` to it to keep the name, or the rows of {twin.Name} are lost.",
                    model.Location);
            }
        }
    }

    private static void CompareTable(TableShape existing, TableShape wanted, SchemaModel model, Dictionary<(string Table, string Old), string> renames, Collector c)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in existing.Columns)
        {
            if (renames.TryGetValue((existing.Name, column.Name), out var newName)
                && newName != column.Name
                && SchemaState.Column(existing, newName) is null
                && SchemaState.Column(wanted, newName) is not null
                && SchemaState.Column(wanted, column.Name) is null)
            {
                renamed[column.Name] = newName;
                c.RenameColumn(existing.Name, column.Name, newName, model);
            }
        }

        // Nearly every table renames nothing, and is compared as it is.
        var afterRename = renamed.Count == 0 ? existing : existing with
        {
            Columns = existing.Columns.Select(col => renamed.TryGetValue(col.Name, out var n) ? col with { Name = n } : col).ToEquatableArray(),
            Indexes = existing.Indexes.Select(i => i with { Columns = i.Columns.Select(x => renamed.TryGetValue(x, out var n) ? n : x).ToEquatableArray() }).ToEquatableArray(),
            ForeignKeys = existing.ForeignKeys.Select(f => renamed.TryGetValue(f.Column, out var n) ? f with { Column = n } : f).ToEquatableArray(),
            PrimaryKey = existing.PrimaryKey.Select(x => renamed.TryGetValue(x, out var n) ? n : x).ToEquatableArray(),
        };

        var dropped = afterRename.Columns.Where(col => SchemaState.Column(wanted, col.Name) is null).ToList();

        // Drops run before the renames, so their inverses (run after the renames are undone) name the old columns.
        for (var i = 0; i < existing.ForeignKeys.Count; i++)
        {
            var key = afterRename.ForeignKeys[i];
            if (!wanted.ForeignKeys.Contains(key))
            {
                var onlyActions = wanted.ForeignKeys.Any(k => k with { Name = key.Name, OnDelete = key.OnDelete, OnUpdate = key.OnUpdate } == key);
                c.DropForeignKey(existing.Name, existing.ForeignKeys[i], model, dropped.FirstOrDefault(col => col.Name == key.Column), onlyActions);
            }
        }

        for (var i = 0; i < existing.Indexes.Count; i++)
        {
            var index = afterRename.Indexes[i];
            if (!wanted.Indexes.Contains(index))
            {
                c.DropIndex(existing.Name, existing.Indexes[i], model, dropped.Where(col => index.Columns.Contains(col.Name)).ToList());
            }
        }

        foreach (var check in existing.Checks.Where(k => !wanted.Checks.Contains(k)))
        {
            c.DropCheck(existing.Name, check, model, wanted.Checks.Any(k => k.Name == check.Name));
        }

        // Key membership changes with alter_primary_key, after the columns exist and are required, before the old
        // key's columns are dropped; columns are added and altered with the membership they have until then.
        var added = new List<ColumnShape>();
        foreach (var column in wanted.Columns)
        {
            var old = SchemaState.Column(afterRename, column.Name);
            if (old is null)
            {
                added.Add(column);
                c.AddColumn(existing.Name, column with { PrimaryKey = false }, model);
            }
            else if (!(old.PrimaryKey == column.PrimaryKey ? old : old with { PrimaryKey = column.PrimaryKey }).Equals(column))
            {
                c.AlterColumn(existing.Name, old, column with { PrimaryKey = old.PrimaryKey }, model);
            }
        }

        if (afterRename.PrimaryKey != wanted.PrimaryKey)
        {
            c.AlterPrimaryKey(existing, wanted.PrimaryKey, model);
        }

        foreach (var column in dropped)
        {
            c.DropColumn(existing.Name, column, model);
            var twin = added.FirstOrDefault(a => a.Type == column.Type);
            if (twin is not null)
            {
                var field = model.Fields.FirstOrDefault(f => f.Column == twin.Name);
                var oldField = field?.Type == FieldType.Ref && column.Name.EndsWith("_id", StringComparison.Ordinal) ? column.Name.Substring(0, column.Name.Length - 3) : column.Name;
                c.Warn(
                    Descriptors.LooksLikeRename,
                    $"{existing.Name}.{column.Name} is dropped and {existing.Name}.{twin.Name} added with the same type: if this is a rename, add `renamed_from: {oldField}` to field {model.Name}.{field?.Name ?? twin.Name}, or the column's data is lost.",
                    model.Location);
            }
        }

        foreach (var index in wanted.Indexes.Where(i => !afterRename.Indexes.Contains(i)))
        {
            c.CreateIndex(existing.Name, index, model);
        }

        foreach (var key in wanted.ForeignKeys.Where(k => !afterRename.ForeignKeys.Contains(k)))
        {
            c.AddForeignKey(existing.Name, key, model);
        }

        foreach (var check in wanted.Checks.Where(k => !existing.Checks.Contains(k)))
        {
            c.AddCheck(existing.Name, check, model, existing.Checks.Any(k => k.Name == check.Name));
        }
    }

    /// <summary>
    /// The order up runs the kinds of change in (down runs them in reverse): what refers to a column or table goes
    /// before the column or table goes, and comes after it exists.
    /// </summary>
    private enum Phase
    {
        DropForeignKeys,
        DropIndexes,
        DropChecks,
        RenameColumns,
        AddColumns,
        AlterColumns,
        AlterPrimaryKeys,
        DropColumns,
        DropTables,
        CreateTables,
        CreateIndexes,
        AddForeignKeys,
        AddChecks,
    }

    /// <summary>Collects operations into phases so the combined list runs in a valid order both ways.</summary>
    private sealed class Collector
    {
        private static readonly int Phases = Enum.GetValues(typeof(Phase)).Length;
        private readonly List<Operation>[] _up = Enumerable.Range(0, Phases).Select(_ => new List<Operation>()).ToArray();
        private readonly List<IReadOnlyList<Operation>>[] _down = Enumerable.Range(0, Phases).Select(_ => new List<IReadOnlyList<Operation>>()).ToArray();
        private readonly List<string> _summary = new();
        private readonly List<string> _dataLoss = new();
        private readonly List<PendingWarning> _warnings = new();
        private readonly List<LocationInfo?> _files = new();

        public void DropTable(TableShape table)
        {
            foreach (var key in table.ForeignKeys)
            {
                Add(Phase.DropForeignKeys, Drop(OperationKind.DropForeignKey, table.Name, key.Name), AddForeignKeyOp(table.Name, key));
            }

            var recreate = new List<Operation> { CreateTableOp(table) };
            recreate.AddRange(table.Indexes.Select(i => CreateIndexOp(table.Name, i)));
            Add(Phase.DropTables, new[] { Op(OperationKind.DropTable, table.Name) }, recreate);
            _summary.Add($"table {table.Name} dropped");
            Claim(null);
            Loss($"dropping table {table.Name} deletes all its rows", null);
        }

        public void CreateTable(TableShape table, SchemaModel model)
        {
            Add(Phase.CreateTables, new[] { CreateTableOp(table) }, new[] { Op(OperationKind.DropTable, table.Name) });
            // Dropping the table drops its indexes; its foreign keys are dropped first, because new tables may refer
            // to each other and down drops them in reverse order.
            foreach (var index in table.Indexes)
            {
                Add(Phase.CreateIndexes, new[] { CreateIndexOp(table.Name, index) }, System.Array.Empty<Operation>());
            }

            foreach (var key in table.ForeignKeys)
            {
                Add(Phase.AddForeignKeys, AddForeignKeyOp(table.Name, key), Drop(OperationKind.DropForeignKey, table.Name, key.Name));
            }

            _summary.Add($"table {table.Name} added");
            Changed(model);
        }

        public void RenameColumn(string table, string from, string to, SchemaModel model)
        {
            Add(Phase.RenameColumns, Op(OperationKind.RenameColumn, table) with { Name = from, NewName = to }, Op(OperationKind.RenameColumn, table) with { Name = to, NewName = from });
            _summary.Add($"{table}.{from} renamed to {to}");
            Changed(model);
        }

        /// <param name="droppedColumn">The key's column when the change drops it too: down then restores the key on the values it fills in.</param>
        /// <param name="onlyActions">The key comes back with another name (<c>fk_name:</c>) or other on_delete/on_update actions, so every row still refers to a row when down restores it.</param>
        public void DropForeignKey(string table, ForeignKeyShape key, SchemaModel model, ColumnShape? droppedColumn, bool onlyActions = false)
        {
            var restore = AddForeignKeyOp(table, key);
            Add(Phase.DropForeignKeys, Drop(OperationKind.DropForeignKey, table, key.Name), restore);
            _summary.Add($"{table}: foreign key {key.Name} dropped");
            var target = $"{key.TargetTable}.{key.TargetColumn}";
            if (onlyActions)
            {
                Changed(model);
                return;
            }

            if (droppedColumn is null)
            {
                RollbackMayFail(
                    $"the down re-adds foreign key {key.Name} ({table}.{key.Column} → {target}): it fails if a row's {key.Column} then refers to no {key.TargetTable} row, which the up allows. Delete or fix those rows before `migrate down`",
                    model,
                    restore);
            }
            else if (Filler(droppedColumn) is { } value)
            {
                RollbackMayFail(
                    $"the down re-adds foreign key {key.Name} on {table}.{key.Column} after filling that column with {value}: it fails if {table} has rows and no {target} is {value}. Change the restored value in the migration file to an existing {target} before `migrate down`",
                    model,
                    restore);
            }

            Changed(model);
        }

        /// <param name="droppedColumns">The index's columns the change drops too: down restores them as NULL or one filled-in value.</param>
        public void DropIndex(string table, IndexShape index, SchemaModel model, IReadOnlyList<ColumnShape> droppedColumns)
        {
            var restore = CreateIndexOp(table, index);
            Add(Phase.DropIndexes, Drop(OperationKind.DropIndex, table, index.Name), restore);
            _summary.Add($"{table}: index {index.Name} dropped");
            var columns = string.Join(", ", index.Columns);

            // NULLs never collide in a unique index and new UUIDs differ, so such a restored column keeps every row distinct.
            if (index.Unique && droppedColumns.All(col => !col.Nullable && col.Default is not { Kind: DefaultKind.NewUuid }))
            {
                var filled = droppedColumns.Select(col => (col.Name, Value: Filler(col))).FirstOrDefault(f => f.Value is not null);
                RollbackMayFail(
                    filled.Value is not null
                        ? $"the down re-creates unique index {index.Name} on {table} ({columns}) after filling {table}.{filled.Name} with {filled.Value} in every row: it fails if {table} has more than one row{(index.Columns.Count > 1 ? " with equal other columns" : string.Empty)}. Give the rows their own values in the migration file (a `sql:` step before the create_index) before `migrate down`"
                        : $"the down re-creates unique index {index.Name} on {table} ({columns}): it fails if rows then hold duplicate ({columns}), which the up allows. Remove the duplicates before `migrate down`",
                    model,
                    restore);
            }

            Changed(model);
        }

        public void AddColumn(string table, ColumnShape column, SchemaModel model)
        {
            var add = Op(OperationKind.AddColumn, table) with { Columns = new[] { column }.ToEquatableArray() };
            Add(Phase.AddColumns, add, Drop(OperationKind.DropColumn, table, column.Name));
            _summary.Add($"{table}.{column.Name} added");
            if (!column.Nullable && column.Default is null)
            {
                Warn(Descriptors.RequiredWithoutDefault, $"{table}.{column.Name} is added as required without a default: the migration fails if {table} has rows. Give field {model.Name}.{column.Name} a default.", model.Location);
            }

            Changed(model);
        }

        public void AlterColumn(string table, ColumnShape old, ColumnShape column, SchemaModel model)
        {
            var backfill = old.Nullable && !column.Nullable && column.Default is { Kind: DefaultKind.Literal } ? column.Default : null;
            var cast = ColumnChanges.NeedsCast(old.Type, column.Type);
            var up = Op(OperationKind.AlterColumn, table) with
            {
                Columns = new[] { column }.ToEquatableArray(),
                ProposesCast = cast,
                CastFrom = cast ? old.Type : null,
                Backfill = backfill,
                AddsNativeLabels = Emit.PostgresEnumTypes.AddsLabelsOnly(old, column),
            };
            var restoresRequired = !old.Nullable && column.Nullable;
            var downBackfill = restoresRequired ? Placeholders.For(old) : null;
            var down = Op(OperationKind.AlterColumn, table) with
            {
                Columns = new[] { old }.ToEquatableArray(),
                ProposesCast = cast,
                CastFrom = cast ? column.Type : null,
                Backfill = downBackfill,
            };
            Add(Phase.AlterColumns, up, down);
            RollbackOfAlter(table, old, column, downBackfill, model, down);

            var changes = new List<string>();
            if (StoredForms.OnlyFormDiffers(old.Type, column.Type))
            {
                changes.Add(StoredForms.Conversion(column.Type.Kind));
            }
            else if (old.Type != column.Type)
            {
                changes.Add($"{ColumnChanges.Describe(old.Type)} → {ColumnChanges.Describe(column.Type)}");
                if (!ColumnChanges.IsWidening(old.Type, column.Type))
                {
                    Loss($"changing {table}.{column.Name} from {ColumnChanges.Describe(old.Type)} to {ColumnChanges.Describe(column.Type)} narrows it: values that do not fit fail the migration or lose data (review the `using:` conversion)", model.Location);
                }
            }

            if (old.Nullable != column.Nullable)
            {
                changes.Add(column.Nullable ? "now optional" : "now required");
                if (!column.Nullable && backfill is null)
                {
                    Warn(Descriptors.RequiredWithoutDefault, $"{table}.{column.Name} becomes required without a default: the migration fails if any row holds NULL. Give field {model.Name}.{column.Name} a default (rows are then backfilled with it) or fill the NULLs in a data step first.", model.Location);
                }
            }

            if (old.Identity != column.Identity || old.Serial != column.Serial)
            {
                changes.Add(column.Identity ? "now identity" : column.Serial ? "now serial" : "identity: false");
            }

            if (old.Default != column.Default)
            {
                changes.Add(column.Default is null ? "default removed" : $"default {column.Default.Value}");
            }

            if (old.AutoUpdate != column.AutoUpdate)
            {
                changes.Add(column.AutoUpdate ? "kept current on update" : "no longer kept current on update");
            }

            if (old.NativeEnum != column.NativeEnum)
            {
                changes.Add(column.NativeEnum is { } native ? $"native type {native}" : "no native type");
            }

            if (!old.EnumValues.Equals(column.EnumValues))
            {
                changes.Add($"values [{string.Join(", ", column.EnumValues)}]");
                var removed = old.EnumValues.Where(v => !column.EnumValues.Contains(v)).ToList();
                if (removed.Count > 0)
                {
                    Loss($"removing the value(s) {string.Join(", ", removed)} of {table}.{column.Name} fails the migration while rows still hold them", model.Location);
                }
            }

            _summary.Add($"{table}.{column.Name}: {string.Join(", ", changes)}");
            Changed(model);
        }

        public void DropColumn(string table, ColumnShape column, SchemaModel model)
        {
            // Down cannot bring the data back, only the shape: a required column without a default comes back
            // nullable, gets a placeholder in every row, then becomes required, so a table with rows can roll back.
            // A key column comes back outside the key; the down's alter_primary_key puts it back in. An identity column
            // comes back numbered, which fills every row.
            column = column with { PrimaryKey = false };
            var restore = new List<Operation>();
            if (!column.Nullable && column.Default is null && !column.Numbered)
            {
                var backfill = Placeholders.For(column);
                var require = Op(OperationKind.AlterColumn, table) with { Columns = new[] { column }.ToEquatableArray(), Backfill = backfill };
                restore.Add(Op(OperationKind.AddColumn, table) with { Columns = new[] { column with { Nullable = true } }.ToEquatableArray() });
                restore.Add(require);
                if (backfill is null)
                {
                    RollbackMayFail(
                        $"the down re-adds {table}.{column.Name} as required, and no constant can fill a {ColumnChanges.Describe(column.Type)} column: it fails if {table} has rows. Fill it with a `sql:` step before the alter_column",
                        model,
                        require);
                }
                else
                {
                    RollbackPlaceholder(
                        $"the down re-adds {table}.{column.Name} as required and fills every row with the placeholder {Placeholders.Describe(column.Type, backfill)} (its data is gone). Change the `backfill:` in the migration file to the value rows should get",
                        model,
                        require);
                }
            }
            else
            {
                var add = Op(OperationKind.AddColumn, table) with { Columns = new[] { column }.ToEquatableArray() };
                restore.Add(add);
                if (!column.Nullable && !column.Numbered)
                {
                    RollbackPlaceholder(
                        $"the down re-adds {table}.{column.Name} and fills every row with {(column.Default is { Kind: DefaultKind.Literal } ? "its default " : string.Empty)}{Filler(column)} (its data is gone). Edit the down in the migration file if rows should get other values",
                        model,
                        add);
                }
            }

            Add(Phase.DropColumns, new[] { Drop(OperationKind.DropColumn, table, column.Name) }, restore);
            _summary.Add($"{table}.{column.Name} dropped");
            Loss($"dropping column {table}.{column.Name} deletes its data", model.Location);
            Changed(model);
        }

        public void CreateIndex(string table, IndexShape index, SchemaModel model)
        {
            Add(Phase.CreateIndexes, CreateIndexOp(table, index), Drop(OperationKind.DropIndex, table, index.Name));
            _summary.Add($"{table}: {(index.Unique ? "unique index" : "index")} {index.Name} on ({index.Options.Expression ?? string.Join(", ", index.Columns)}) added");
            Changed(model);
        }

        public void AddForeignKey(string table, ForeignKeyShape key, SchemaModel model)
        {
            Add(Phase.AddForeignKeys, AddForeignKeyOp(table, key), Drop(OperationKind.DropForeignKey, table, key.Name));
            var actions = (key.OnDelete, key.OnUpdate) == (OnDelete.NoAction, OnDelete.NoAction)
                ? string.Empty
                : $" (on_delete {EnumNames.OnDelete.Name(key.OnDelete)}, on_update {EnumNames.OnDelete.Name(key.OnUpdate)})";
            _summary.Add($"{table}.{key.Column} references {key.TargetTable}.{key.TargetColumn}{actions}");
            Changed(model);
        }

        /// <summary>Re-creates the key constraint over other columns or in another order; down puts the old one back.</summary>
        public void AlterPrimaryKey(TableShape existing, EquatableArray<string> key, SchemaModel model)
        {
            var (table, old) = (existing.Name, existing.PrimaryKey);
            Add(Phase.AlterPrimaryKeys, Op(OperationKind.AlterPrimaryKey, table) with { PrimaryKey = key }, Op(OperationKind.AlterPrimaryKey, table) with { PrimaryKey = old });
            _summary.Add($"{table}: primary key ({string.Join(", ", old)}) → ({string.Join(", ", key)})");
            // Rows cannot share the values of a numbered column, so going back to an identity key cannot fail on them.
            var backToIdentity = old.Count == 1 && SchemaState.Column(existing, old[0]) is { Numbered: true };
            if (old.Any(column => !key.Contains(column)) && !backToIdentity)
            {
                RollbackMayFail($"the down restores the primary key ({string.Join(", ", old)}) of {table}: it fails if rows then share those values, which the key ({string.Join(", ", key)}) allows. Remove the duplicates before `migrate down`", model, Op(OperationKind.AlterPrimaryKey, table) with { PrimaryKey = old });
            }

            Changed(model);
        }

        /// <param name="replaced">The schema keeps a check of this name with other SQL: <see cref="AddCheck"/> re-creates it.</param>
        public void DropCheck(string table, CheckShape check, SchemaModel model, bool replaced)
        {
            var restore = AddCheckOp(table, check);
            Add(Phase.DropChecks, Drop(OperationKind.DropCheck, table, check.Name), restore);
            if (!replaced)
            {
                _summary.Add($"{table}: check {check.Name} dropped");
            }

            RollbackMayFail($"the down re-adds check {check.Name} on {table}: it fails if a row then violates it, which the up allows. Fix those rows before `migrate down`", model, restore);
            Changed(model);
        }

        /// <param name="replaces">A check of this name with other SQL was dropped first: the change is a new condition.</param>
        public void AddCheck(string table, CheckShape check, SchemaModel model, bool replaces)
        {
            Add(Phase.AddChecks, AddCheckOp(table, check), Drop(OperationKind.DropCheck, table, check.Name));
            _summary.Add($"{table}: check {check.Name} {(replaces ? "changed" : "added")}");
            Changed(model);
        }

        public void Warn(DiagnosticDescriptor descriptor, string message, LocationInfo? location) => _warnings.Add(new PendingWarning(descriptor, message, location, null));

        /// <summary>What the down of an alter_column meets in rows the up allowed: NULLs, wider values, new enum values.</summary>
        private void RollbackOfAlter(string table, ColumnShape old, ColumnShape column, DefaultValue? downBackfill, SchemaModel model, Operation down)
        {
            var name = $"{table}.{column.Name}";
            if (!old.Nullable && column.Nullable)
            {
                if (downBackfill is null)
                {
                    RollbackMayFail($"the down makes {name} required again, and no constant can fill a {ColumnChanges.Describe(old.Type)} column: it fails if a row then holds NULL. Fill the NULLs with a `sql:` step before the alter_column", model, down);
                }
                else
                {
                    var value = (old.Default == downBackfill ? "its default " : "the placeholder ") + Placeholders.Describe(old.Type, downBackfill);
                    RollbackPlaceholder($"the down makes {name} required again and fills the NULLs rows hold by then with {value}. Change the `backfill:` in the migration file to the value those rows should get", model, down);
                }
            }

            if (old.Type != column.Type && !ColumnChanges.IsWidening(column.Type, old.Type))
            {
                RollbackMayFail($"the down changes {name} back from {ColumnChanges.Describe(column.Type)} to {ColumnChanges.Describe(old.Type)}: it fails if a row then holds a value that does not fit {ColumnChanges.Describe(old.Type)}, which the up allows. Fix those rows (or the down's `using:`) before `migrate down`", model, down);
            }

            if (StoredForms.RollbackRounds(old.Type, column.Type))
            {
                _warnings.Add(new PendingWarning(Descriptors.RollbackRoundsDecimals, $"Rollback: {StoredForms.RoundingWarning(name)}.", model.Location, down));
            }

            if (old.Type.Kind == FieldType.Enum && column.Type.Kind == FieldType.Enum)
            {
                var added = column.EnumValues.Where(v => !old.EnumValues.Contains(v)).ToList();
                if (added.Count > 0)
                {
                    RollbackMayFail($"the down restores the values [{string.Join(", ", old.EnumValues)}] of {name}: it fails while a row holds {string.Join(" or ", added)}, which the up allows. Change those rows before `migrate down`", model, down);
                }
            }
        }

        /// <summary>The value a down fills a restored column's rows with, as a warning names it; null when it restores NULLs.</summary>
        private static string? Filler(ColumnShape column) =>
            column.Nullable
                ? null
                : column.Default switch
                {
                    { Kind: DefaultKind.Now or DefaultKind.CurrentTimestamp } => "the current time",
                    { Kind: DefaultKind.Today } => "today's date",
                    { Kind: DefaultKind.NewUuid } => "new UUIDs",
                    { Kind: DefaultKind.Sql } => "its default_sql",
                    { } value => Placeholders.Describe(column.Type, value),
                    _ => Placeholders.For(column) is { } placeholder ? Placeholders.Describe(column.Type, placeholder) : null,
                };

        private void RollbackPlaceholder(string message, SchemaModel model, Operation downStep) =>
            _warnings.Add(new PendingWarning(Descriptors.RollbackPlaceholder, $"Rollback: {message}.", model.Location, downStep));

        private void RollbackMayFail(string message, SchemaModel model, Operation downStep) =>
            _warnings.Add(new PendingWarning(Descriptors.RollbackMayFail, $"Rollback: {message}.", model.Location, downStep));

        public PendingChange ToPendingChange()
        {
            Claim(null);
            var up = _up.SelectMany(p => p).ToEquatableArray();
            var down = Enumerable.Reverse(_down).SelectMany(p => Enumerable.Reverse(p)).SelectMany(group => group).ToEquatableArray();
            return new PendingChange(
                up,
                down,
                _summary.Select((text, i) => new ChangeLine(text, _files[i])).ToEquatableArray(),
                _dataLoss.ToEquatableArray(),
                _warnings.ToEquatableArray());
        }

        private void Loss(string message, LocationInfo? location)
        {
            _dataLoss.Add(message);
            Warn(Descriptors.DataLoss, $"Data loss: {message}.", location);
        }

        /// <summary>
        /// The summary lines written since the last call belong to <paramref name="model"/>'s file; lines never claimed
        /// (a dropped table's) belong to no file.
        /// </summary>
        private void Changed(SchemaModel model) => Claim(model.Location);

        private void Claim(LocationInfo? file)
        {
            while (_files.Count < _summary.Count)
            {
                _files.Add(file);
            }
        }

        private void Add(Phase phase, Operation up, Operation down)
        {
            _up[(int)phase].Add(up);
            _down[(int)phase].Add(new[] { down });
        }

        /// <param name="down">Kept as it is: the lists given here are not changed afterwards.</param>
        private void Add(Phase phase, IReadOnlyList<Operation> up, IReadOnlyList<Operation> down)
        {
            _up[(int)phase].AddRange(up);
            _down[(int)phase].Add(down);
        }

        private static Operation Op(OperationKind kind, string table) => Operation.Create(kind, table);

        // The operations of a new table (a first migration makes hundreds) are constructed whole, not copied from Op's.
        private static Operation Drop(OperationKind kind, string table, string name) =>
            new(kind, table, name, null, EquatableArray<ColumnShape>.Empty, EquatableArray<string>.Empty, false, null, null, null, null, null, SqlDialect.Any, null);

        private static Operation CreateIndexOp(string table, IndexShape index) =>
            new(OperationKind.CreateIndex, table, index.Name, null, EquatableArray<ColumnShape>.Empty, index.Columns, index.Unique, null, null, null, null, null, SqlDialect.Any, null) { IndexOptions = index.Options };

        private static Operation AddCheckOp(string table, CheckShape check) => Op(OperationKind.AddCheck, table) with { Check = check };

        private static Operation CreateTableOp(TableShape table) =>
            new(OperationKind.CreateTable, table.Name, null, null, table.Columns, EquatableArray<string>.Empty, false, null, null, null, null, null, SqlDialect.Any, null)
            {
                PrimaryKey = table.PrimaryKey.Count > 1 ? table.PrimaryKey : EquatableArray<string>.Empty,
                PrimaryKeyName = table.PrimaryKeyName,
                Checks = table.Checks,
            };

        private static Operation AddForeignKeyOp(string table, ForeignKeyShape key) =>
            new(OperationKind.AddForeignKey, table, null, null, EquatableArray<ColumnShape>.Empty, EquatableArray<string>.Empty, false, key, null, null, null, null, SqlDialect.Any, null);
    }
}
