using System.Data.Common;
using BackendInABox.Cli;
using BackendInABox.Database;
using BackendInABox.Manifest;

namespace BackendInABox.Commands;

/// <summary>Turns an exception from FluentMigrator into a sentence that names the migration, the statement and the database's error.</summary>
internal static class MigrationFailure
{
    public static UserError Explain(HostContext host, DatabaseDriver driver, ManifestMigration migration, string direction, string? statement, long? version, Exception e)
    {
        var database = Innermost<DbException>(e);
        if (database is null && Innermost<System.Net.Sockets.SocketException>(e) is not null && driver is PostgresDriver postgres)
        {
            return postgres.Explain(e);
        }

        var at = version is { } v ? $"version {MigrateCommandLine.Id(v)}" : "no migration";
        var rolledBack = migration.Transaction ? $", and the migration was rolled back; the database stays at {at}." : $"; the migration runs without a transaction, so its statements that ran stay applied (see `{host.Command("status")}`).";
        if (Innermost<Running.MigrationHookException>(e) is { } hook)
        {
            return new UserError(
                host.Scrub($"Migration {MigrateCommandLine.Id(migration.Id)} ({migration.Description}) failed {direction}: the app's migration hook {hook.Hook} threw{rolledBack}"),
                host.Scrub($"Hook error: {hook.InnerException?.Message}\nFile: {migration.File}"),
                inner: e);
        }

        if (Innermost<CodeStepException>(e) is { } step)
        {
            return new UserError(
                host.Scrub($"Migration {MigrateCommandLine.Id(migration.Id)} ({migration.Description}) failed {direction}: its code step {step.Step} threw{rolledBack}"),
                host.Scrub($"Step error: {step.InnerException?.Message}\nFile: {migration.File}"),
                inner: e);
        }

        var reason = database?.Message ?? Innermost(e).Message;
        var first = migration.Transaction
            ? $"Migration {MigrateCommandLine.Id(migration.Id)} ({migration.Description}) failed {direction} and was rolled back; the database stays at {at}."
            : $"Migration {MigrateCommandLine.Id(migration.Id)} ({migration.Description}) failed {direction}; it runs without a transaction, so the statements before the failing one stay applied (see `{host.Command("status")}`).";
        var details = $"Statement: {statement ?? "(unknown)"}\nDatabase error: {reason}\nFile: {migration.File}";
        return new UserError(host.Scrub(first), host.Scrub(details), inner: e);
    }

    private static T? Innermost<T>(Exception e)
        where T : Exception
    {
        T? found = null;
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                found = match;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count > 0)
            {
                return Innermost<T>(aggregate.InnerExceptions[0]) ?? found;
            }
        }

        return found;
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
