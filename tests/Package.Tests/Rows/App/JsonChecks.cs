using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace RowsApp;

/// <summary>What other tools read from the entities: enums as their labels in System.Text.Json, and the app's own attributes beside the generated ones.</summary>
internal static class JsonChecks
{
    public static List<string> Run(Member member)
    {
        var expect = new Expect();
        var json = JsonSerializer.Serialize(member);
        expect.Equal("JSON has the tier's label under the app's name", true, json.Contains("\"plan\":\"pro_plus\"", StringComparison.Ordinal));
        expect.Equal("JSON has the mood's label", true, json.Contains("\"Mood\":\"busy\"", StringComparison.Ordinal));
        expect.Equal("JSON leaves out what the app's [JsonIgnore] says", false, json.Contains("line two", StringComparison.Ordinal));
        expect.Equal("a label read back from JSON", MemberTier.ProPlus, JsonSerializer.Deserialize<Member>(json)!.Tier);
        expect.Equal("a native enum's label in JSON", "\"On Hold\"", JsonSerializer.Serialize(OrderStatus.OnHold));
        expect.Equal("JSON has an enum array's labels", true, json.Contains("\"Roles\":[\"Editor In Chief\",\"reader\"]", StringComparison.Ordinal));
        expect.Equal("a native enum array's labels read back from JSON", string.Join(",", member.Badges!), string.Join(",", JsonSerializer.Deserialize<Member>(json)!.Badges!));
        expect.Equal("the app's [MinLength] and the generated [StringLength] on DisplayName", 2,
            typeof(Member).GetProperty(nameof(Member.DisplayName))!.GetCustomAttributes(true).Count(a => a is MinLengthAttribute or StringLengthAttribute));
        return expect.Problems;
    }
}
