using IncidentBot.Core.Incidents;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>What people see in the fake Slack for an incident, counted so that "exactly one" can be asserted.</summary>
internal static class SlackAudit
{
    public static IReadOnlyList<SlackChannel> IncidentChannels(FakeSlackServer slack) =>
        slack.State.Channels.Where(c => c.Name.StartsWith("incident-", StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<SlackMessage> OfKind(FakeSlackServer slack, string channel, string eventType) =>
        slack.State.Messages(channel).Where(m => m.MetadataEventType == eventType).ToList();

    /// <summary>Top-level feed posts that link to the channel: the incident's headline(s).</summary>
    public static IReadOnlyList<SlackMessage> Headlines(FakeSlackServer slack, string channel) =>
        OfKind(slack, BotHarness.FeedChannel, FeedHeadline.MetadataEventType)
            .Where(m => !m.IsThreadReply && m.Visible().Contains($"<#{channel}>", StringComparison.Ordinal)).ToList();

    /// <summary>Replies of one kind in the thread under the incident's headline.</summary>
    public static IReadOnlyList<SlackMessage> FeedThread(FakeSlackServer slack, string headlineTs, string eventType) =>
        slack.State.Replies(BotHarness.FeedChannel, headlineTs).Where(m => m.MetadataEventType == eventType).ToList();

    /// <summary>One channel, one brief (the one recorded, pinned once), one headline in the feed; never two guides or checklists.</summary>
    public static void AssertProvisionedOnce(FakeSlackServer slack, Incident incident, string context)
    {
        Assert.That(incident.ChannelId, Is.Not.Null, $"{incident.Reference} has a channel. {context}");
        var channel = incident.ChannelId!;
        Assert.That(slack.State.Channel(channel), Is.Not.Null, $"{incident.Reference}'s channel exists in Slack. {context}");
        var briefs = OfKind(slack, channel, BriefMessage.MetadataEventType);
        Assert.That(briefs.Select(b => b.Ts), Is.EqualTo(new[] { incident.BriefTs }), $"{incident.Reference} has one brief. {context}");
        Assert.That(slack.State.Pins(channel), Is.EqualTo(new[] { incident.BriefTs }), $"{incident.Reference}'s brief is pinned once. {context}");
        var headlines = Headlines(slack, channel);
        Assert.That(headlines.Select(h => h.Ts), Is.EqualTo(new[] { incident.FeedTs }), $"{incident.Reference} has one headline. {context}");
        Assert.That(OfKind(slack, channel, ChannelGuideMessage.MetadataEventType), Has.Count.LessThanOrEqualTo(1),
            $"{incident.Reference}'s channel guide is never posted twice. {context}");
        Assert.That(OfKind(slack, channel, ChecklistMessage.MetadataEventType), Has.Count.LessThanOrEqualTo(1),
            $"{incident.Reference}'s checklists are never posted twice unasked. {context}");
    }
}
