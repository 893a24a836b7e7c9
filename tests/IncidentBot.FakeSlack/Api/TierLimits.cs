using System.Collections.Frozen;

namespace IncidentBot.FakeSlack;

/// <summary>
/// Slack's published per-method rate-limit tiers, as calls a minute per workspace: Tier 1 = 1, Tier 2 = 20, Tier 3 = 50,
/// Tier 4 = 100. Methods with a special limit (<see cref="Special"/>: <c>chat.postMessage</c>, about one message a
/// second per channel; <c>auth.test</c>, <c>chat.getPermalink</c>) are not limited here; faults stand in for them.
/// </summary>
public static class TierLimits
{
    private const int Tier1 = 1;
    private const int Tier2 = 20;
    private const int Tier3 = 50;
    private const int Tier4 = 100;

    private static readonly FrozenDictionary<string, int> PerMinute = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["apps.connections.open"] = Tier1,
        ["conversations.create"] = Tier2,
        ["conversations.list"] = Tier2,
        ["conversations.setTopic"] = Tier2,
        ["conversations.setPurpose"] = Tier2,
        ["conversations.archive"] = Tier2,
        ["pins.add"] = Tier2,
        ["bookmarks.add"] = Tier2,
        ["usergroups.users.list"] = Tier2,
        ["conversations.invite"] = Tier3,
        ["conversations.info"] = Tier3,
        ["conversations.history"] = Tier3,
        ["conversations.replies"] = Tier3,
        ["conversations.open"] = Tier3,
        ["chat.update"] = Tier3,
        ["reactions.add"] = Tier3,
        ["conversations.members"] = Tier4,
        ["chat.postEphemeral"] = Tier4,
        ["views.open"] = Tier4,
        ["views.update"] = Tier4,
        ["views.publish"] = Tier4,
        ["users.info"] = Tier4,
        ["users.lookupByEmail"] = Tier3,
        ["files.getUploadURLExternal"] = Tier4,
        ["files.completeUploadExternal"] = Tier4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Methods Slack limits in their own way rather than by tier.</summary>
    public static IReadOnlySet<string> Special { get; } = new HashSet<string>(StringComparer.Ordinal) { "chat.postMessage", "auth.test", "chat.getPermalink" };

    /// <summary>Calls a minute Slack allows <paramref name="method"/>, or null when it has no tier limit here.</summary>
    public static int? For(string method) => PerMinute.TryGetValue(method, out var limit) ? limit : null;
}
