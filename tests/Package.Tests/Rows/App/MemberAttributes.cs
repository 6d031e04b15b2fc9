using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace RowsApp;

/// <summary>The app's half of an entity: its own attributes on generated properties, which it declares partial.</summary>
public partial class Member
{
    [MinLength(1)]
    public partial string DisplayName { get; set; }

    [JsonIgnore]
    public partial string? Bio { get; set; }

    [JsonPropertyName("plan")]
    public partial MemberTier Tier { get; set; }
}
