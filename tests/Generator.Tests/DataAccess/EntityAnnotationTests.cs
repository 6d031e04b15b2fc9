using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;
using System.Text.Json;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.DataAccess;

/// <summary>What other tools read from the entities: the BCL mapping attributes, and enums as labels in System.Text.Json.</summary>
public sealed class EntityAnnotationTests
{
    private static readonly Lazy<Assembly> App = new(() => new GeneratorHarness().WithRowsSchema().Run().Load());

    [Fact]
    public void Entities_carry_their_table_columns_keys_and_limits_as_attributes()
    {
        var member = App.Value.GetType("TestApp.Member")!;
        var line = App.Value.GetType("TestApp.OrderLine")!;

        Assert.Equal("members", member.GetCustomAttribute<TableAttribute>()!.Name);
        Assert.Equal("display_name", member.GetProperty("DisplayName")!.GetCustomAttribute<ColumnAttribute>()!.Name);
        Assert.Equal(80, member.GetProperty("DisplayName")!.GetCustomAttribute<StringLengthAttribute>()!.MaximumLength);
        Assert.NotNull(member.GetProperty("DisplayName")!.GetCustomAttribute<RequiredAttribute>());
        Assert.Null(member.GetProperty("Bio")!.GetCustomAttribute<RequiredAttribute>());
        Assert.NotNull(member.GetProperty("Id")!.GetCustomAttribute<KeyAttribute>());
        Assert.Equal(["OrderId", "Line"], line.GetProperties().Where(p => p.GetCustomAttribute<KeyAttribute>() is not null).Select(p => p.Name).Order(StringComparer.Ordinal).Reverse());
        Assert.Null(member.GetProperty("Tier")!.GetCustomAttribute<StringLengthAttribute>());
    }

    [Fact]
    public void Enums_serialize_as_their_stored_labels_and_read_them_back()
    {
        var tier = App.Value.GetType("TestApp.MemberTier")!;
        var status = App.Value.GetType("TestApp.OrderStatus")!;

        Assert.Equal("\"pro_plus\"", JsonSerializer.Serialize(Enum.Parse(tier, "ProPlus"), tier));
        Assert.Equal("\"On Hold\"", JsonSerializer.Serialize(Enum.Parse(status, "OnHold"), status));
        Assert.Equal(Enum.Parse(tier, "Enterprise"), JsonSerializer.Deserialize("\"enterprise\"", tier));
        Assert.Equal(Enum.Parse(tier, "ProPlus"), JsonSerializer.Deserialize("\"pro_plus\"", tier));
    }

    [Theory]
    [InlineData("\"gold\"", "'gold' is not a MemberTier; expected one of free, pro_plus, enterprise.")]
    [InlineData("\"ProPlus\"", "'ProPlus' is not a MemberTier; expected one of free, pro_plus, enterprise.")]
    [InlineData("1", "A MemberTier is one of the strings free, pro_plus, enterprise.")]
    public void A_label_the_enum_does_not_have_is_a_JsonException_that_names_the_labels(string json, string message)
    {
        var tier = App.Value.GetType("TestApp.MemberTier")!;

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, tier));

        Assert.Equal(message, error.Message);
    }

    /// <summary>The compiler here predates C# 14's <c>field</c>, so the package test's app compiles and runs this (RowsMatrixTests).</summary>
    [Fact]
    public void A_property_the_app_declares_partial_is_generated_as_its_implementing_half_with_its_initializer()
    {
        const string own = """
            namespace TestApp
            {
                public partial class Member
                {
                    [System.Text.Json.Serialization.JsonPropertyName("plan")]
                    public partial MemberTier Tier { get; set; }

                    public partial string? Bio { get; set; }
                }
            }
            """;
        var run = new GeneratorHarness().WithRowsSchema().WithCSharp("Member.cs", own).Run();
        var source = run.SourceNamed("Member.g.cs");

        Assert.Null(run.Exception);
        Assert.Contains("public partial global::TestApp.MemberTier Tier { get => field; set => field = value; } = global::TestApp.MemberTier.Free;", source, StringComparison.Ordinal);
        Assert.Contains("public partial string? Bio { get => field; set => field = value; }\n", source, StringComparison.Ordinal);
        Assert.Contains("public string DisplayName { get; set; } = string.Empty;", source, StringComparison.Ordinal);
    }
}
