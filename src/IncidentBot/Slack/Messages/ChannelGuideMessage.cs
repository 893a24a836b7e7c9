using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The "how this channel works" message posted once in each incident channel: updates here, discussion in threads, who the roles are.</summary>
public static class ChannelGuideMessage
{
    public const string MetadataEventType = "incident_channel_guide";

    public static (string Text, JsonArray Blocks) Build(Words words, RoleCatalog roles, string timelineReaction)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(roles);
        var lines = new[]
        {
            words["types.guide.updates"],
            words["types.guide.threads"],
            words.Text("types.guide.timeline", ("reaction", SlackText.Escape(timelineReaction))),
            words["types.guide.roles"],
            words["types.guide.checklist"],
        };
        return (words["types.guide.text"], Blocks.Array([
            Blocks.Section(words["types.guide.title"]),
            Blocks.Section(string.Join('\n', lines.Select(l => "• " + l))),
            Blocks.Section(SlackText.Truncate(words["types.guide.roles_title"] + "\n" + string.Join('\n',
                roles.All.Select(r => $"• *{SlackText.Escape(words.RoleName(r))}*: {SlackText.Escape(words.RoleDuty(r))}")), Blocks.SectionMax)),
        ]));
    }
}
