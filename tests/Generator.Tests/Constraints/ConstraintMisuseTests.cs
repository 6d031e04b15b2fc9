using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Constraints;

/// <summary>Every misuse of <c>checks:</c> and of the index options, each reported once at its YAML line and column.</summary>
public sealed class ConstraintMisuseTests
{
    private const string Yaml =
        "name: Bad\n" +
        "fields:\n" +
        "  id: { type: integer, primary: true }\n" +
        "  title: { type: string }\n" +
        "  state: { type: enum, values: [on, off] }\n" +
        "indexes:\n" +
        "  - { fields: [title], using: hashh }\n" +
        "  - { fields: [title], ops: [text_pattern_ops, int4_ops] }\n" +
        "  - { fields: [title], ops: [\"x; DROP TABLE bad\"] }\n" +
        "  - { fields: [title], order: [down] }\n" +
        "  - { fields: [title], order: [desc, asc] }\n" +
        "  - { fields: [title], unique: true, using: hash }\n" +
        "  - { fields: [title], using: gin, order: [desc] }\n" +
        "  - { fields: [title], expression: \"lower(title)\", name: ix_both }\n" +
        "  - { expression: \"lower(title)\" }\n" +
        "  - { expression: \"lower(title)\", name: ix_ops, ops: [text_ops] }\n" +
        "  - { fields: [title], where: \" \", name: ix_blank }\n" +
        "  - { fields: [title], name: ix_fine, using: btree, order: [asc] }\n" +
        "checks:\n" +
        "  - { name: ck_one, sql: \"\" }\n" +
        "  - { name: ck_two, sql: \"id > 0\" }\n" +
        "  - { name: ck_two, sql: \"id > 1\" }\n" +
        "  - { name: ck_bads_state, sql: \"state <> 'x'\" }\n" +
        "  - { name: ck_none, sql: { mysql: \"id > 0\" } }\n" +
        "  - { sql: \"id > 0\" }\n" +
        "  - { name: ck_nosql }\n" +
        "  - { name: 'ck\"q', sql: \"id > 0\" }\n" +
        "  - { name: ck_three, sql: { postgres: \"id > 0\", sqlite: \"\" } }\n" +
        "  - \"id > 0\"\n";

    [Fact]
    public void Each_misuse_is_reported_once_at_its_place_in_source_order()
    {
        var run = new GeneratorHarness().WithSchema("bad.yaml", Yaml).Run();

        Assert.Null(run.Exception);
        var reported = run.BiabDiagnostics.Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return $"{d.Id} {start.Line + 1}:{start.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
        });
        Assert.Equal(
            new[]
            {
                "BIAB061 7:31 'using' of an index of model Bad must be one of btree, hash, gin, gist, brin, spgist, not 'hashh'. Did you mean 'hash'?",
                "BIAB061 8:48 'ops' of an index of model Bad lists 2 operator classes for 1 field(s); give at most one per field, in the order of 'fields'.",
                "BIAB061 9:30 'x; DROP TABLE bad' in 'ops' of an index of model Bad is not an operator class name (such as text_pattern_ops or public.gin_trgm_ops).",
                "BIAB061 10:32 Each item of 'order' of an index of model Bad must be asc or desc, not 'down'.",
                "BIAB061 11:38 'order' of an index of model Bad lists 2 orders for 1 field(s); give at most one per field, in the order of 'fields'.",
                "BIAB061 12:45 A unique index of model Bad cannot use hash: PostgreSQL makes unique indexes with btree only.",
                "BIAB061 13:44 An index of model Bad using gin cannot be ordered: PostgreSQL orders btree indexes only.",
                "BIAB061 14:36 An index of model Bad has both 'fields' and an 'expression'; an expression index lists its key in the expression.",
                "BIAB061 15:19 The expression index of model Bad needs a 'name:' (there are no columns to name it after).",
                "BIAB061 16:55 'ops' of an expression index of model Bad has no fields to apply to; write the operator class or ASC/DESC in the expression.",
                "BIAB061 17:31 The 'where' of an index of model Bad is empty.",
                "BIAB060 20:26 The check 'ck_one' of model Bad has an empty condition.",
                "BIAB060 22:13 Two checks of model Bad are both named 'ck_two'.",
                "BIAB060 23:13 The check name 'ck_bads_state' of model Bad is the name of the CHECK that keeps enum field 'state' to its values; choose another name.",
                "BIAB004 24:27 'sql' of a check of model Bad names no dialect: write postgres:, sqlite: or both.",
                "BIAB003 24:29 Unknown key 'mysql' in 'sql' of a check of model Bad. Known keys: postgres, sqlite.",
                "BIAB004 25:5 A check of model Bad has no 'name'.",
                "BIAB004 26:5 A check of model Bad has no 'sql' (its condition, such as \"total >= 0\").",
                "BIAB040 27:13 The check name 'ck\"q' of model Bad cannot be a database name: it contains a double quote (\").",
                "BIAB060 28:58 The check 'ck_three' of model Bad has an empty condition.",
                "BIAB002 29:5 Each check of model Bad must be a mapping such as { name: ck_orders_total, sql: \"total >= 0\" }, not a scalar.",
            },
            reported);
    }

    [Fact]
    public void A_migration_file_with_a_bad_check_or_index_option_is_reported_at_its_value()
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", """
                id: 20260101000000
                description: initial
                up:
                  - create_table:
                      table: things
                      columns:
                        - { name: id, type: integer, primary: true }
                        - { name: title, type: string }
                      checks:
                        - { name: ck_things_id, sql: "id > 0" }
                        - { name: ck_things_id, sql: "id > 1" }
                  - create_index: { table: things, name: ix_things_title, columns: [title], using: hashh, ops: [a_ops, b_ops], order: [up] }
                  - add_check: { table: things, name: ck_things_title, sql: { postgres: " " } }
                  - add_check: { table: things, name: ck_things_more }
                down:
                  - drop_table: { table: things }
                """)
            .Run();

        var reported = run.BiabDiagnostics.Where(d => d.Id.StartsWith("BIAB1", StringComparison.Ordinal)).Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return $"{d.Id} {start.Line + 1}:{start.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
        });
        Assert.Equal(
            new[]
            {
                "BIAB105 11:11 Check 'ck_things_id' appears twice in create_table in up of migration 20260101000000.",
                "BIAB105 12:84 'using' of create_index in up of migration 20260101000000 must be one of btree, hash, gin, gist, brin, spgist.",
                "BIAB105 12:104 'ops' of create_index in up of migration 20260101000000 lists 2 items for 1 column(s).",
                "BIAB105 12:120 Each item of 'order' of create_index in up of migration 20260101000000 must be asc or desc.",
                "BIAB105 13:73 The condition of check 'ck_things_title' in add_check in up of migration 20260101000000 is empty.",
                "BIAB104 14:16 Add_check in up of migration 20260101000000 has no 'sql'.",
            },
            reported);
    }
}
