using System.Text.Json.Nodes;

namespace RowsApp;

/// <summary>The rows the scenario carries: every value set to something a wrong stored form would change, and every nullable one null.</summary>
internal static class Samples
{
    public static Member Full(Guid teamId, Guid mentorTeamId) => new()
    {
        TeamId = teamId,
        MentorTeamId = mentorTeamId,
        DisplayName = "Zoë 'quoted' \"twice\"",
        Nick = "ABCD",
        Bio = "line one\nline two",
        Rank = short.MinValue,
        Score = int.MaxValue,
        Visits = long.MinValue + 1,
        Ratio = 1.5f,
        Weight = Math.PI,
        Balance = 123456789012345.6789m,
        Credit = 123456789012345678.0123456789m,
        IsActive = false,
        Verified = true,
        BornOn = new DateOnly(1999, 12, 31),
        // 01:30 UTC is 03:30 in Berlin, the night its clocks go forward.
        JoinedAt = new DateTime(2026, 3, 29, 1, 30, 15, 123, 456, DateTimeKind.Utc),
        SeenAt = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)),
        // A wall-clock time that does not exist in Berlin: without a zone it is kept as written.
        LocalAt = new DateTime(2026, 3, 29, 2, 30, 0),
        StartsAt = new TimeOnly(23, 59, 58, 123),
        Tier = MemberTier.ProPlus,
        Mood = MemberMood.Busy,
        Settings = """{"theme": "dark", "sizes": [1, 2.5], "nested": {"on": true}}""",
        Avatar = [0, 1, 127, 255],
        Tags = ["a", "b c", "ü"],
        Marks = [1.5m, 123456789.123m],
        Lucky = [7, -3],
        Days = [new DateOnly(2026, 1, 31), new DateOnly(2000, 2, 29)],
        Stamps = [new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc)],
        Friends = [Guid.NewGuid(), Guid.NewGuid()],
        Code = "custom-text",
        Roles = [MemberRoles.EditorInChief, MemberRoles.Reader],
        Badges = [MemberBadges.SilverStar, MemberBadges.Gold, MemberBadges.SilverStar],
    };

    /// <summary>Only the required values (their defaults) and no other; the instant in whole microseconds, as PostgreSQL keeps it.</summary>
    public static Member Bare(Guid teamId) => new() { TeamId = teamId, DisplayName = "bare", JoinedAt = new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc) };

    /// <summary>The row after an update through the library: every kind of value changed.</summary>
    public static Member Changed(Member member)
    {
        member.DisplayName += " (changed)";
        member.IsActive = !member.IsActive;
        member.Balance = -0.0001m;
        member.Tier = MemberTier.Enterprise;
        member.JoinedAt = new DateTime(2026, 10, 25, 0, 59, 59, DateTimeKind.Utc);
        member.SeenAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5));
        member.Settings = """{"changed": [null, "x"]}""";
        member.Tags = [.. member.Tags, "added"];
        member.Mood = member.Mood is null ? MemberMood.Calm : null;
        member.Roles.Add(MemberRoles.EditorInChief);
        member.Badges = member.Badges is null ? [MemberBadges.Gold] : null;
        return member;
    }

    /// <summary>The properties whose values differ (instants must also come back of Kind Utc, wall-clock times of Kind Unspecified, offsets at 0).</summary>
    public static List<string> Differences(Member a, Member b)
    {
        var differences = new List<string>();
        void Check(string name, bool same, object? left, object? right)
        {
            if (!same)
            {
                differences.Add($"{name}: wrote {Show(left)}, read {Show(right)}");
            }
        }

        Check(nameof(a.Id), a.Id == b.Id, a.Id, b.Id);
        Check(nameof(a.TeamId), a.TeamId == b.TeamId, a.TeamId, b.TeamId);
        Check(nameof(a.MentorTeamId), a.MentorTeamId == b.MentorTeamId, a.MentorTeamId, b.MentorTeamId);
        Check(nameof(a.DisplayName), a.DisplayName == b.DisplayName, a.DisplayName, b.DisplayName);
        Check(nameof(a.Nick), a.Nick == b.Nick, a.Nick, b.Nick);
        Check(nameof(a.Bio), a.Bio == b.Bio, a.Bio, b.Bio);
        Check(nameof(a.Rank), a.Rank == b.Rank, a.Rank, b.Rank);
        Check(nameof(a.Score), a.Score == b.Score, a.Score, b.Score);
        Check(nameof(a.Visits), a.Visits == b.Visits, a.Visits, b.Visits);
        Check(nameof(a.Ratio), a.Ratio == b.Ratio, a.Ratio, b.Ratio);
        Check(nameof(a.Weight), a.Weight == b.Weight, a.Weight, b.Weight);
        Check(nameof(a.Balance), a.Balance == b.Balance, a.Balance, b.Balance);
        Check(nameof(a.Credit), a.Credit == b.Credit, a.Credit, b.Credit);
        Check(nameof(a.IsActive), a.IsActive == b.IsActive, a.IsActive, b.IsActive);
        Check(nameof(a.Verified), a.Verified == b.Verified, a.Verified, b.Verified);
        Check(nameof(a.BornOn), a.BornOn == b.BornOn, a.BornOn, b.BornOn);
        Check(nameof(a.JoinedAt), a.JoinedAt == b.JoinedAt && b.JoinedAt.Kind == DateTimeKind.Utc, a.JoinedAt, b.JoinedAt);
        Check(nameof(a.SeenAt), a.SeenAt == b.SeenAt && (b.SeenAt is null || b.SeenAt.Value.Offset == TimeSpan.Zero), a.SeenAt, b.SeenAt);
        Check(nameof(a.LocalAt), a.LocalAt == b.LocalAt && (b.LocalAt is null || b.LocalAt.Value.Kind == DateTimeKind.Unspecified), a.LocalAt, b.LocalAt);
        Check(nameof(a.StartsAt), a.StartsAt == b.StartsAt, a.StartsAt, b.StartsAt);
        Check(nameof(a.Tier), a.Tier == b.Tier, a.Tier, b.Tier);
        Check(nameof(a.Mood), a.Mood == b.Mood, a.Mood, b.Mood);
        Check(nameof(a.Settings), a.Settings is null ? b.Settings is null : b.Settings is not null && JsonNode.DeepEquals(JsonNode.Parse(a.Settings), JsonNode.Parse(b.Settings)), a.Settings, b.Settings);
        Check(nameof(a.Avatar), Same(a.Avatar, b.Avatar), a.Avatar, b.Avatar);
        Check(nameof(a.Tags), Same(a.Tags, b.Tags), a.Tags, b.Tags);
        Check(nameof(a.Marks), Same(a.Marks, b.Marks), a.Marks, b.Marks);
        Check(nameof(a.Lucky), Same(a.Lucky, b.Lucky), a.Lucky, b.Lucky);
        Check(nameof(a.Days), Same(a.Days, b.Days), a.Days, b.Days);
        Check(nameof(a.Stamps), Same(a.Stamps, b.Stamps) && (b.Stamps ?? []).All(s => s.Kind == DateTimeKind.Utc), a.Stamps, b.Stamps);
        Check(nameof(a.Friends), Same(a.Friends, b.Friends), a.Friends, b.Friends);
        Check(nameof(a.Code), a.Code == b.Code, a.Code, b.Code);
        Check(nameof(a.Roles), Same(a.Roles, b.Roles), a.Roles, b.Roles);
        Check(nameof(a.Badges), Same(a.Badges, b.Badges), a.Badges, b.Badges);
        return differences;
    }

    private static bool Same<T>(IEnumerable<T>? a, IEnumerable<T>? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime time => time.ToString("O") + " " + time.Kind,
        DateTimeOffset time => time.ToString("O"),
        string text => "\"" + text + "\"",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
        _ => value.ToString() ?? "",
    };
}
