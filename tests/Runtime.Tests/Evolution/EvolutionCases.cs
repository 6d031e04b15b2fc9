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

    private static async Task PassesAsync(string history, bool postgres = true)
    {
        var failure = await EvolutionRunner.RunAsync(EvolutionHistory.FromJson(history), postgres);
        Assert.True(failure is null, failure);
    }
}
