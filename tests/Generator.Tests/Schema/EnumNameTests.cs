using BackendInABox.Generator.Model;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>
/// Each YAML name table covers every value of its enum, one name each, and reads back what it writes: a member added
/// to an enum without a name, or two members given one name, fails here instead of misreading files.
/// </summary>
public sealed class EnumNameTests
{
    [Fact]
    public void Every_field_type_has_one_name_that_reads_back() => AssertComplete(EnumNames.FieldTypes);

    [Fact]
    public void Every_on_delete_action_has_one_name_that_reads_back() => AssertComplete(EnumNames.OnDelete);

    [Fact]
    public void Every_operation_kind_has_one_name_that_reads_back() => AssertComplete(EnumNames.Operations);

    [Fact]
    public void The_names_are_the_ones_the_design_spells()
    {
        Assert.Equal("datetimetz", EnumNames.FieldTypes.Name(FieldType.DateTimeTz));
        Assert.Equal("set_null", EnumNames.OnDelete.Name(OnDelete.SetNull));
        Assert.Equal("drop_foreign_key", EnumNames.Operations.Name(OperationKind.DropForeignKey));
        Assert.False(EnumNames.FieldTypes.TryParse("String", out _));
    }

    private static void AssertComplete<TEnum>(NameTable<TEnum> table)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(values.Length, table.Names.Count);
        foreach (var value in values)
        {
            Assert.True(table.TryParse(table.Name(value), out var read));
            Assert.Equal(value, read);
        }
    }
}
