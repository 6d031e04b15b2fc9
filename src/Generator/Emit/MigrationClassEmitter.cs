using System.Collections.Generic;
using System.Globalization;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Emit;

/// <summary>A replayed migration file → a FluentMigrator migration class with a PostgreSQL and a SQLite form of each operation.</summary>
internal static class MigrationClassEmitter
{
    public static GeneratedSource Emit(MigrationPlan plan, string ns, EquatableArray<CodeStepClass> classes)
    {
        var file = plan.File;
        var id = file.Id.ToString(CultureInfo.InvariantCulture);
        var name = ClassName(file);
        var w = new CodeWriter();
        w.Open($"namespace {NamespaceOf(ns)}");
        w.Line("using FluentMigrator.Postgres;");
        w.Line();
        w.OpenType(
            $"{CodeWriter.Xml(file.Description)} (migrations/{CodeWriter.Xml(System.IO.Path.GetFileName(file.Path))}).",
            $"public sealed class {name} : global::FluentMigrator.Migration",
            file.Transaction
                ? $"[global::FluentMigrator.Migration({id}, {CodeWriter.Literal(file.Description)})]"
                : $"[global::FluentMigrator.Migration({id}, global::FluentMigrator.TransactionBehavior.None, {CodeWriter.Literal(file.Description)})]");
        Method(w, "Up", plan.Up, classes);
        w.Line();
        Method(w, "Down", plan.Down, classes);
        w.Close();
        w.Close();
        return new GeneratedSource($"Migrations.{name}.g.cs", w.Finish());
    }

    /// <summary>The namespace of a database's migration classes: the runner scans only it for that database.</summary>
    public static string NamespaceOf(string modelNamespace) => modelNamespace + ".Migrations";

    public static string ClassName(MigrationFile file)
    {
        var slug = new System.Text.StringBuilder();
        var upper = true;
        foreach (var c in file.Description)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                slug.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }

            if (slug.Length >= 48)
            {
                break;
            }
        }

        return "M" + file.Id.ToString(CultureInfo.InvariantCulture) + (slug.Length > 0 ? "_" + slug : string.Empty);
    }

    private static void Method(CodeWriter w, string name, EquatableArray<OperationStep> steps, EquatableArray<CodeStepClass> classes)
    {
        w.Line("/// <inheritdoc/>");
        w.Open($"public override void {name}()");
        for (var i = 0; i < steps.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            var step = steps[i];
            w.Comment(Describe(step.Operation));
            if (step.Operation.Kind == OperationKind.Code)
            {
                // Without a usable class BIAB095 or BIAB096 fails the build at the step's line.
                if (CodeStepStatements.For(step.Operation, name, classes) is { } statement)
                {
                    w.Line(statement);
                }

                continue;
            }

            foreach (var statement in PostgresStatements.For(step))
            {
                foreach (var line in statement.Split('\n'))
                {
                    w.Line(line);
                }
            }

            foreach (var sql in SqliteRebuildRuns.At(steps, i))
            {
                SqliteLine(w, sql);
            }
        }

        if (RebuildsOnSqlite(steps))
        {
            w.Line();
            w.Line("// SQLite: no row may refer to a missing parent row after the rebuild");
            foreach (var sql in SqliteDdl.ForeignKeyCheck())
            {
                SqliteLine(w, sql);
            }
        }

        w.Close();
    }

    /// <summary>Whether SQLite rebuilds a table for these steps: the runner then runs the migration with foreign keys off.</summary>
    public static bool RebuildsOnSqlite(EquatableArray<OperationStep> steps)
    {
        foreach (var step in steps)
        {
            if (SqliteStatements.NeedsRebuild(step))
            {
                return true;
            }
        }

        return false;
    }

    private static void SqliteLine(CodeWriter w, string sql) => w.Line($"IfDatabase(\"SQLite\").Execute.Sql({CodeWriter.Literal(sql)});");

    private static string Describe(Operation op) => op.Kind switch
    {
        OperationKind.Code => "code " + op.Name,
        OperationKind.Sql => op.Dialect == SqlDialect.Any ? "sql" : "sql (" + op.Dialect.ToString().ToLowerInvariant() + " only)",
        OperationKind.AddColumn or OperationKind.AlterColumn => $"{Kind(op.Kind)} {op.Table}.{op.Column.Name}",
        OperationKind.DropColumn or OperationKind.RenameColumn => $"{Kind(op.Kind)} {op.Table}.{op.Name}{(op.NewName is null ? string.Empty : " → " + op.NewName)}",
        OperationKind.RenameTable => $"rename_table {op.Table} → {op.NewName}",
        OperationKind.CreateIndex or OperationKind.DropIndex or OperationKind.DropForeignKey or OperationKind.DropCheck => $"{Kind(op.Kind)} {op.Name} on {op.Table}",
        OperationKind.AddCheck => $"add_check {op.Check!.Name} on {op.Table}",
        OperationKind.AddForeignKey => $"add_foreign_key {op.ForeignKey!.Name} on {op.Table}",
        _ => $"{Kind(op.Kind)} {op.Table}",
    };

    private static string Kind(OperationKind kind) => Identifiers.ToSnakeCase(kind.ToString());
}
