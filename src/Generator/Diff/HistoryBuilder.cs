using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Diff;

/// <summary>
/// Orders the migration files by their parent chain, replays every <c>up</c> (and checks every <c>down</c> undoes it),
/// and finds the heads. Everything wrong with the history becomes a BIAB1xx diagnostic at the file and line concerned.
/// </summary>
internal static class HistoryBuilder
{
    public static History Build(ImmutableArray<ParsedMigrationFile> files, System.Threading.CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var hasErrors = files.Any(f => f.Migration is null);
        var byId = IndexById(files, diagnostics, ref hasErrors);
        var children = byId.Values.Where(m => m.Parent is not null).GroupBy(m => m.Parent!.Value).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Id).ToList());
        CheckParentsExist(byId, diagnostics, ref hasErrors);
        var roots = byId.Values.Where(m => m.Parent is null).OrderBy(m => m.Id).ToList();
        CheckOneRoot(roots, diagnostics, ref hasErrors);
        if (roots.Count == 0 && byId.Count > 0)
        {
            var first = byId.Values.OrderBy(m => m.Id).First();
            diagnostics.Add(new DiagnosticInfo(Descriptors.NoRoot, first.IdLocation, "No migration is without a parent, so the history has no start (the parents form a cycle)."));
            return new History(EquatableArray<MigrationPlan>.Empty, EquatableArray<TableShape>.Empty, EquatableArray<HeadInfo>.Empty, true, diagnostics.ToEquatableArray());
        }

        var reachable = roots.Count > 0 ? ReachableFrom(roots[0], children) : new List<MigrationFile>();
        ReportUnconnected(byId, reachable, diagnostics, ref hasErrors);
        var heads = reachable.Where(m => !children.ContainsKey(m.Id)).OrderBy(m => m.Id).ToList();
        var plans = new Dictionary<long, MigrationPlan>();
        var reported = new HashSet<DiagnosticInfo>();
        var tables = EquatableArray<TableShape>.Empty;
        foreach (var head in heads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = ReplayChain(Chain(head, byId), plans, reported, ref hasErrors);
            if (heads.Count == 1)
            {
                tables = state.Tables;
            }
        }

        var headInfos = heads.Select(h => HeadOf(h, byId, children)).ToList();
        diagnostics.AddRange(reported.OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location?.Start));
        var ordered = reachable.Where(m => plans.ContainsKey(m.Id)).Select(m => plans[m.Id]).ToEquatableArray();
        return new History(ordered, hasErrors ? EquatableArray<TableShape>.Empty : tables, headInfos.ToEquatableArray(), hasErrors, diagnostics.ToEquatableArray());
    }

    /// <summary>The valid migrations by id; of two with one id the first by path is kept and the other reported.</summary>
    private static Dictionary<long, MigrationFile> IndexById(ImmutableArray<ParsedMigrationFile> files, List<DiagnosticInfo> diagnostics, ref bool hasErrors)
    {
        var byId = new Dictionary<long, MigrationFile>();
        foreach (var migration in files.Where(f => f.Migration is not null).Select(f => f.Migration!).OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            if (byId.TryGetValue(migration.Id, out var first))
            {
                diagnostics.Add(new DiagnosticInfo(Descriptors.DuplicateMigrationId, migration.IdLocation, $"Migration id {Id(migration.Id)} is also used by {Wording.FileName(first.Path)}; every migration needs its own id."));
                hasErrors = true;
                continue;
            }

            byId[migration.Id] = migration;
        }

        return byId;
    }

    private static void CheckParentsExist(Dictionary<long, MigrationFile> byId, List<DiagnosticInfo> diagnostics, ref bool hasErrors)
    {
        foreach (var migration in byId.Values.OrderBy(m => m.Id))
        {
            if (migration.Parent is { } parent && !byId.ContainsKey(parent))
            {
                diagnostics.Add(new DiagnosticInfo(Descriptors.UnknownParent, migration.ParentLocation, $"Migration {Id(migration.Id)} names parent {Id(parent)}, but no migration file has that id."));
                hasErrors = true;
            }
        }
    }

    private static void CheckOneRoot(List<MigrationFile> roots, List<DiagnosticInfo> diagnostics, ref bool hasErrors)
    {
        foreach (var extra in roots.Skip(1))
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.NoRoot, extra.IdLocation, $"Migration {Id(extra.Id)} has no parent, but {Wording.FileName(roots[0].Path)} is already the first migration; add 'parent:' with the id it follows."));
            hasErrors = true;
        }
    }

    /// <summary>The migrations that descend from the root, depth first with the older child first.</summary>
    private static List<MigrationFile> ReachableFrom(MigrationFile root, Dictionary<long, List<MigrationFile>> children)
    {
        var reachable = new List<MigrationFile>();
        var stack = new Stack<MigrationFile>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            reachable.Add(current);
            if (children.TryGetValue(current.Id, out var next))
            {
                foreach (var child in next.AsEnumerable().Reverse())
                {
                    stack.Push(child);
                }
            }
        }

        return reachable;
    }

    private static void ReportUnconnected(Dictionary<long, MigrationFile> byId, List<MigrationFile> reachable, List<DiagnosticInfo> diagnostics, ref bool hasErrors)
    {
        foreach (var orphan in byId.Values.Where(m => !reachable.Contains(m) && m.Parent is { } p && byId.ContainsKey(p)).OrderBy(m => m.Id))
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.UnknownParent, orphan.ParentLocation, $"Migration {Id(orphan.Id)} is not connected to the first migration (its parents form a cycle)."));
            hasErrors = true;
        }
    }

    /// <summary>Replays one branch from the root to its head; the schema the head leaves.</summary>
    private static SchemaState ReplayChain(List<MigrationFile> chain, Dictionary<long, MigrationPlan> plans, HashSet<DiagnosticInfo> reported, ref bool hasErrors)
    {
        var state = new SchemaState();
        foreach (var migration in chain)
        {
            plans[migration.Id] = Replay(migration, state, reported, ref hasErrors);
        }

        return state;
    }

    private static MigrationPlan Replay(MigrationFile migration, SchemaState state, HashSet<DiagnosticInfo> reported, ref bool hasErrors)
    {
        var before = state.Clone();
        var up = Apply(migration, migration.Up, state, reported, ref hasErrors);
        var check = state.Clone();
        var down = Apply(migration, migration.Down, check, reported, ref hasErrors);
        if (!check.SameSchemaAs(before))
        {
            var difference = Describe(before, check);
            reported.Add(new DiagnosticInfo(
                Descriptors.DownDoesNotUndoUp,
                migration.IdLocation,
                $"The down of migration {Id(migration.Id)} does not restore the schema its up changed: {difference}."));
            hasErrors = true;
        }

        return new MigrationPlan(migration, up.ToEquatableArray(), down.ToEquatableArray());
    }

    private static List<OperationStep> Apply(MigrationFile migration, EquatableArray<Operation> operations, SchemaState state, HashSet<DiagnosticInfo> reported, ref bool hasErrors)
    {
        var steps = new List<OperationStep>();
        foreach (var op in operations)
        {
            var before = op.KeepsSchema ? null : state.Table(op.Table);
            var problem = state.Apply(op);
            if (problem is not null)
            {
                reported.Add(new DiagnosticInfo(Descriptors.DanglingOperation, op.Location, $"Migration {Id(migration.Id)}: {problem}."));
                hasErrors = true;
                continue;
            }

            var after = op.Kind switch
            {
                OperationKind.Sql or OperationKind.Code => null,
                OperationKind.RenameTable => state.Table(op.NewName!),
                _ => state.Table(op.Table),
            };
            steps.Add(new OperationStep(op, before, after));
        }

        return steps;
    }

    private static string Describe(SchemaState expected, SchemaState actual)
    {
        foreach (var table in expected.Canonical)
        {
            var other = actual.Canonical.FirstOrDefault(t => t.Name == table.Name);
            if (other is null)
            {
                return $"table '{table.Name}' is missing after down";
            }

            foreach (var column in table.Columns)
            {
                var match = SchemaState.Column(other, column.Name);
                if (match is null)
                {
                    return $"column '{table.Name}.{column.Name}' is missing after down";
                }

                if (!match.Equals(column))
                {
                    return $"column '{table.Name}.{column.Name}' is not the same after down";
                }
            }

            if (other.Columns.FirstOrDefault(c => SchemaState.Column(table, c.Name) is null) is { } extra)
            {
                return $"column '{table.Name}.{extra.Name}' is still there after down";
            }

            if (!other.Indexes.Equals(table.Indexes))
            {
                return $"the indexes of '{table.Name}' differ after down";
            }

            if (!other.ForeignKeys.Equals(table.ForeignKeys))
            {
                return $"the foreign keys of '{table.Name}' differ after down";
            }

            if (!other.Checks.Equals(table.Checks))
            {
                return $"the checks of '{table.Name}' differ after down";
            }
        }

        var added = actual.Canonical.FirstOrDefault(t => expected.Table(t.Name) is null);
        return added is null ? "the schema differs" : $"table '{added.Name}' is still there after down";
    }

    private static List<MigrationFile> Chain(MigrationFile head, Dictionary<long, MigrationFile> byId)
    {
        var chain = new List<MigrationFile>();
        var seen = new HashSet<long>();
        for (var current = head; current is not null && seen.Add(current.Id); current = current.Parent is { } p && byId.TryGetValue(p, out var parent) ? parent : null)
        {
            chain.Add(current);
        }

        chain.Reverse();
        return chain;
    }

    private static HeadInfo HeadOf(MigrationFile head, Dictionary<long, MigrationFile> byId, Dictionary<long, List<MigrationFile>> children)
    {
        var branch = new List<MigrationFile>();
        for (var current = head; current is not null;)
        {
            branch.Add(current);
            if (current.Parent is not { } parentId || !byId.TryGetValue(parentId, out var parent) || children[parentId].Count > 1)
            {
                break;
            }

            current = parent;
        }

        branch.Reverse();
        var touches = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var op in branch.SelectMany(m => m.Up))
        {
            if (op.KeepsSchema)
            {
                continue;
            }

            touches.Add(op.Table);
            var column = op.Kind switch
            {
                OperationKind.AddColumn or OperationKind.AlterColumn => op.Column.Name,
                OperationKind.DropColumn or OperationKind.RenameColumn => op.Name,
                OperationKind.AddForeignKey => op.ForeignKey!.Column,
                _ => null,
            };
            if (column is not null)
            {
                touches.Add(op.Table + "." + column);
            }

            if (op.NewName is not null)
            {
                touches.Add(op.Kind == OperationKind.RenameTable ? op.NewName : op.Table + "." + op.NewName);
            }
        }

        return new HeadInfo(head.Id, head.Path, branch.Select(m => m.Id).ToEquatableArray(), touches.ToEquatableArray()) { IdLocation = head.IdLocation };
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
