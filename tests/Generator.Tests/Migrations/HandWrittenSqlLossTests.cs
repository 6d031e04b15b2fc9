using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// A hand-written <c>sql:</c> step's statements that can lose data join its migration's DataLoss in the manifest, so
/// `migrate up` warns and `--backup` backs up; comments, string literals and quoted names are not statements.
/// </summary>
public sealed class HandWrittenSqlLossTests
{
    private const string Team = """
        name: Team
        table: teams
        fields:
          id:   { type: integer, primary: true }
          name: { type: string, max_length: 80 }
        """;

    private const string First = """
        id: 20260101000000
        description: teams
        up:
          - create_table:
              table: teams
              columns:
                - { name: id, type: integer, primary: true }
                - { name: name, type: string, max_length: 80 }
        down:
          - drop_table: { table: teams }
        """;

    private static IReadOnlyList<string> LossesOf(params string[] statements)
    {
        var steps = string.Join("\n", statements.Select(s => "  - sql: " + Yaml(s)));
        var second = $"""
            id: 20260102000000
            description: hand-written
            parent: 20260101000000
            up:
            {steps}
            down: []
            """;
        var run = new GeneratorHarness().WithSchema("team.yaml", Team)
            .WithMigration("20260101000000_teams.yaml", First)
            .WithMigration("20260102000000_hand_written.yaml", second)
            .Run();
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return ManifestReader.Read(run).Find(20260102000000)!.DataLoss;
    }

    private static string Yaml(string sql) => "\"" + sql.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [Fact]
    public void Statements_that_drop_truncate_delete_or_retype_are_data_loss_each_named()
    {
        Assert.Equal(
            [
                "hand-written SQL: DROP TABLE legacy_orders",
                "hand-written SQL: DROP TABLE archive.a, \"Old B\"",
                "hand-written SQL: DROP SCHEMA staging",
                "hand-written SQL: TRUNCATE sessions, tokens",
                "hand-written SQL: DELETE FROM audit_log",
                "hand-written SQL: ALTER TABLE teams DROP COLUMN name",
                "hand-written SQL: ALTER TABLE public.teams DROP COLUMN nickname",
                "hand-written SQL: ALTER TABLE teams ALTER COLUMN name TYPE",
                "hand-written SQL: ALTER TABLE teams ALTER COLUMN name TYPE",
                "hand-written SQL: DELETE FROM expired",
            ],
            LossesOf(
                "DROP TABLE legacy_orders",
                "drop table if exists archive.a, \"Old B\" cascade",
                "DROP SCHEMA IF EXISTS staging CASCADE",
                "TRUNCATE TABLE ONLY sessions, tokens RESTART IDENTITY",
                "DELETE FROM audit_log WHERE created_at < now() - interval '90 days'",
                "ALTER TABLE teams DROP COLUMN IF EXISTS name, DROP CONSTRAINT ck_teams_name",
                "ALTER TABLE ONLY public.teams ADD COLUMN motto text, DROP nickname",
                "ALTER TABLE teams ALTER COLUMN name TYPE varchar(20) USING left(name, 20)",
                "ALTER TABLE teams ALTER name SET DATA TYPE varchar(20)",
                "WITH gone AS (DELETE FROM expired RETURNING id) SELECT count(*) FROM gone"));
    }

    [Fact]
    public void Comments_strings_quoted_names_and_statements_that_keep_rows_are_not_data_loss()
    {
        Assert.Empty(LossesOf(
            "-- DROP TABLE teams\nUPDATE teams SET name = 'DROP TABLE teams; DELETE FROM teams'",
            "/* TRUNCATE teams /* nested */ DELETE FROM teams */ INSERT INTO teams (id, name) VALUES (1, 'it''s; DROP TABLE x')",
            "SELECT \"DELETE\" FROM teams",
            "UPDATE teams SET name = E'\\' DROP TABLE teams'",
            "CREATE FUNCTION noop() RETURNS void AS $body$ BEGIN DELETE FROM teams; END $body$ LANGUAGE plpgsql",
            "ALTER TABLE teams DROP CONSTRAINT ck_teams_name, ALTER COLUMN name DROP DEFAULT, ALTER COLUMN name DROP NOT NULL",
            "UPDATE teams SET name = NULL",
            "DROP INDEX ix_teams_name"));
    }

    [Fact]
    public void A_SQLite_trigger_body_runs_when_the_trigger_fires_so_its_deletes_are_not_data_loss_but_what_follows_it_is()
    {
        Assert.Equal(
            ["hand-written SQL: DROP TABLE legacy_members"],
            LossesOf(
                """
                CREATE TRIGGER IF NOT EXISTS trg_teams_cleanup AFTER DELETE ON teams
                BEGIN
                  DELETE FROM team_members WHERE team_id = OLD.id;
                  UPDATE audit SET note = CASE WHEN OLD.name IS NULL THEN 'none' ELSE OLD.name END;
                  DROP TABLE IF EXISTS scratch;
                END;
                DROP TABLE legacy_members
                """,
                "CREATE TEMP TRIGGER trg_log BEFORE UPDATE ON teams BEGIN DELETE FROM team_log; END"));
    }

    [Fact]
    public void PostgreSQL_function_and_procedure_bodies_run_when_called_so_they_are_not_data_loss()
    {
        Assert.Empty(LossesOf(
            "CREATE OR REPLACE PROCEDURE purge_sessions() LANGUAGE plpgsql AS $$ BEGIN TRUNCATE sessions; DELETE FROM tokens; END $$",
            "CREATE FUNCTION prune() RETURNS void LANGUAGE sql BEGIN ATOMIC DELETE FROM tokens; DELETE FROM sessions; END",
            "CREATE FUNCTION drop_it() RETURNS void AS 'DROP TABLE teams' LANGUAGE sql",
            "CREATE CONSTRAINT TRIGGER trg_check AFTER INSERT ON teams FOR EACH ROW EXECUTE FUNCTION prune()",
            "DO $$ BEGIN RAISE NOTICE 'DELETE FROM teams is not run'; END $$"));
    }

    [Fact]
    public void A_PostgreSQL_DO_block_runs_now_so_its_body_and_the_sql_it_executes_are_read()
    {
        Assert.Equal(
            [
                "hand-written SQL: DELETE FROM audit_log",
                "hand-written SQL: DROP TABLE legacy_orders",
                "hand-written SQL: TRUNCATE ?",
                "hand-written SQL: ALTER TABLE teams DROP COLUMN name",
            ],
            LossesOf(
                """
                DO $body$
                DECLARE stale integer;
                BEGIN
                  DELETE FROM audit_log WHERE created_at < now() - interval '90 days';
                  IF to_regclass('legacy_orders') IS NOT NULL THEN DROP TABLE legacy_orders; END IF;
                  EXECUTE 'TRUNCATE ' || quote_ident('sessions');
                END
                $body$
                """,
                "DO LANGUAGE plpgsql 'BEGIN ALTER TABLE teams DROP COLUMN name; END'"));
    }

    [Fact]
    public void A_CALL_runs_a_procedure_whose_body_is_not_read_so_it_counts_as_possible_data_loss()
    {
        Assert.Equal(
            ["hand-written SQL: CALL archive.purge_orders (what the procedure does is not read: it may remove data)"],
            LossesOf("CALL archive.purge_orders(30)"));
    }
}
