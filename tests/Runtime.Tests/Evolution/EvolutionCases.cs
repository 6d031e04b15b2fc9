using Xunit;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>Histories the evolution fuzzer found failing, minimized, kept so the defect they caught stays caught.</summary>
public sealed class EvolutionCases
{
    /// <summary>FluentMigrator's System.Data.Rule has no RESTRICT: `on_delete: restrict` became NO ACTION on PostgreSQL.</summary>
    [Fact]
    public Task On_delete_restrict_is_restrict_on_postgres() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"text"}],"indexes":[]},
                   {"name":"M5","table":"m5_rows","fields":[{"name":"p8","type":"ref","target":"M1","on_delete":"restrict"}],"indexes":[]}],
         "steps":[]}
        """);

    /// <summary>
    /// Renaming a unique field: the down re-created the old index on the new column name, after the rename was already
    /// undone, so the generated migration failed its own history check (BIAB109/BIAB111) and the app stopped building.
    /// </summary>
    [Fact]
    public Task Renaming_a_unique_field_generates_a_migration_whose_down_restores_the_index() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"text"},{"name":"f4","type":"bigint","unique":true}],"indexes":[]}],
         "steps":[{"step":"rename_field","model":"M1","field":"f4","new_name":"r15"}]}
        """);

    /// <summary>The same for a ref field: its foreign key is named after the column and came back on the new name.</summary>
    [Fact]
    public Task Renaming_a_ref_field_generates_a_migration_whose_down_restores_the_foreign_key() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"text"}],"indexes":[]},
                   {"name":"M2","table":"m2_rows","fields":[{"name":"p3","type":"ref","target":"M1","on_delete":"cascade"}],"indexes":[]}],
         "steps":[{"step":"rename_field","model":"M2","field":"p3","new_name":"r4"}]}
        """);

    /// <summary>
    /// PostgreSQL: renaming an enum field kept its CHECK under the old name (ck_table_oldname), so a later change of
    /// its values dropped a CHECK that did not exist and added a second one: the old values stayed enforced.
    /// </summary>
    [Fact]
    public Task Renaming_an_enum_field_then_adding_a_value_leaves_one_check_on_postgres() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"enum","values":["e0","e1","e2"]},{"name":"f3","type":"text"}],"indexes":[]}],
         "steps":[{"step":"rename_field","model":"M1","field":"f2","new_name":"r4"},
                  {"step":"add_enum_value","model":"M1","field":"r4","value":"e5"}]}
        """);

    /// <summary>
    /// A check and a partial, descending index name their field's column in SQL: renaming the field re-creates both
    /// (PostgreSQL would carry them along under the old text, which the replay no longer expects), and down restores them.
    /// </summary>
    [Fact]
    public Task Renaming_a_field_with_a_check_and_a_partial_index_re_creates_both_and_down_restores_them() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"integer"},{"name":"f3","type":"string","max_length":20}],
                    "indexes":[{"fields":["f2"],"unique":false,"partial":true,"descending":true},{"fields":["f3"],"unique":false,"pattern_ops":true}],
                    "checks":[{"name":"ck_c9","field":"f2"}]}],
         "steps":[{"step":"rename_field","model":"M1","field":"f2","new_name":"r4"},
                  {"step":"add_check","model":"M1","field":"f3","name":"ck_c5"},
                  {"step":"add_index","model":"M1","fields":["r4","f3"],"unique":false,"method":null},
                  {"step":"drop_check","model":"M1","name":"ck_c9"}]}
        """);

    /// <summary>
    /// PostgreSQL: the live default of a time column reads <c>'09:30:00'::time without time zone</c>, and the cast was
    /// stripped only up to "with", so the shape check saw <c>'09:30:00'out time zone</c> and the migrated database differed.
    /// </summary>
    [Fact]
    public Task A_time_default_reads_back_as_written_on_postgres() => PassesAsync("""
        {"models":[{"name":"M21","table":"m21_rows","fields":[{"name":"f23","type":"boolean"},{"name":"f24","type":"time","required":true,"default":"09:30:00"}],"indexes":[]}],
         "steps":[]}
        """);

    /// <summary>Rows of the new types keep their values through a precision change and the widenings of smallint, real and char.</summary>
    [Fact]
    public Task The_new_types_keep_their_rows_through_their_widenings() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"timestamp","precision":3},{"name":"f3","type":"smallint","required":true,"default":"5"},
                                                              {"name":"f4","type":"real"},{"name":"f5","type":"char","max_length":4},{"name":"f6","type":"text","array":true}],"indexes":[]},
                   {"name":"M8","table":"m8_rows","fields":[{"name":"f9","type":"time"},{"name":"p10","type":"ref","target":"M1","on_delete":"set_null"}],"indexes":[]}],
         "steps":[{"step":"change_type","model":"M1","field":"f2","new_type":"timestamp"},
                  {"step":"change_type","model":"M1","field":"f3","new_type":"integer"},
                  {"step":"change_type","model":"M1","field":"f4","new_type":"float"},
                  {"step":"change_type","model":"M1","field":"f5","new_type":"string","new_max_length":14}]}
        """);

    /// <summary>
    /// Keys: a composite key with a ref in it and update actions, re-ordered, then back to a single id key whose
    /// identity goes off and on again, with rows in both tables on both dialects.
    /// </summary>
    [Fact]
    public Task Composite_keys_update_actions_and_identity_changes_keep_rows_and_shape() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"text"}],"indexes":[],"identity":false},
                   {"name":"M2","table":"m2_rows","fields":[{"name":"p3","type":"ref","required":true,"target":"M1","on_delete":"cascade","on_update":"cascade"},
                                                          {"name":"f4","type":"string","required":true,"default":"none","max_length":20}],"indexes":[],"key":["p3","id"]}],
         "steps":[{"step":"change_ref_actions","model":"M2","field":"p3","on_delete":"restrict","on_update":"restrict"},
                  {"step":"change_key","model":"M2","key":["id","f4","p3"]},
                  {"step":"rename_field","model":"M2","field":"f4","new_name":"r5"},
                  {"step":"change_key","model":"M2","key":["id"]},
                  {"step":"toggle_identity","model":"M2"},
                  {"step":"toggle_identity","model":"M1"},
                  {"step":"toggle_identity","model":"M2"}]}
        """);

    /// <summary>
    /// identity: serial: a sequence-numbered key referred to by another model, to identity, to given ids and back, and a
    /// composite key over a serial id, with rows in both tables on both dialects.
    /// </summary>
    [Fact]
    public Task Serial_keys_changing_to_identity_and_given_ids_keep_rows_and_shape() => PassesAsync("""
        {"models":[{"name":"M1","table":"M1 Rows","fields":[{"name":"f2","type":"text"}],"indexes":[],"serial":true},
                   {"name":"M2","table":"m2_rows","fields":[{"name":"p3","type":"ref","required":true,"target":"M1","on_delete":"cascade","on_update":"cascade"},
                                                          {"name":"f4","type":"string","required":true,"default":"none","max_length":20}],"indexes":[],"serial":true}],
         "steps":[{"step":"toggle_serial","model":"M1"},
                  {"step":"toggle_identity","model":"M1"},
                  {"step":"toggle_serial","model":"M1"},
                  {"step":"change_key","model":"M2","key":["id","f4"]},
                  {"step":"change_key","model":"M2","key":["id"]},
                  {"step":"toggle_serial","model":"M2"},
                  {"step":"toggle_serial","model":"M2"}]}
        """);

    /// <summary>
    /// A ref's column_type: narrowed to smallint and widened to bigint and back on a ref that is part of a composite key
    /// and on two tables that refer to each other, with rows in both tables on both dialects.
    /// </summary>
    [Fact]
    public Task A_ref_s_column_type_changing_keeps_rows_and_shape() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"text"},{"name":"p5","type":"ref","target":"M3","on_delete":"set_null"}],"indexes":[]},
                   {"name":"M2","table":"m2_rows","fields":[{"name":"p3","type":"ref","required":true,"target":"M1","on_delete":"cascade","on_update":"cascade"},
                                                          {"name":"f4","type":"string","required":true,"default":"none","max_length":20}],"indexes":[],"key":["id","p3"]},
                   {"name":"M3","table":"m3_rows","fields":[{"name":"p6","type":"ref","target":"M1","on_delete":"set_null"}],"indexes":[]}],
         "steps":[{"step":"change_ref_column_type","model":"M2","field":"p3","column_type":"smallint"},
                  {"step":"change_ref_column_type","model":"M1","field":"p5","column_type":"bigint"},
                  {"step":"change_ref_column_type","model":"M3","field":"p6","column_type":"smallint"},
                  {"step":"change_ref_column_type","model":"M2","field":"p3","column_type":"bigint"},
                  {"step":"change_ref_column_type","model":"M1","field":"p5","column_type":"smallint"},
                  {"step":"change_ref_column_type","model":"M2","field":"p3","column_type":null}]}
        """);

    private static async Task PassesAsync(string history, bool postgres = true)
    {
        var failure = await EvolutionRunner.RunAsync(EvolutionHistory.FromJson(history), postgres);
        Assert.True(failure is null, failure);
    }
}
