using System.Data.Common;
using BackendInABox.Configuration;

namespace BackendInABox.Running;

/// <summary>
/// The database refusing the runner's own bookkeeping (its history table): most often a user who may connect but not
/// create tables, which deserves the statement and the grant that fixes it rather than the driver's exception.
/// </summary>
internal static class HistoryFailure
{
    public static UserError Explain(DatabaseTarget target, string sql, DbException e)
    {
        var fix = target.Provider == DatabaseProvider.PostgreSql
            ? "The database user needs to create and write tables in its schema: connect as the database's owner, or GRANT CREATE ON SCHEMA public TO that user."
            : "The SQLite file and its folder must be writable for this user.";
        return new UserError(
            target.Scrub($"The database refused a statement on the migration history: {e.Message}"),
            target.Scrub($"Statement: {sql}\n{fix}"),
            inner: e);
    }
}
