using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Oncall;

/// <summary>
/// A page as DMed to the person paged (the incident's brief, the ack window, <b>Acknowledge</b> / <b>Can't take it</b>)
/// and as mentioned in the incident channel. A private incident's page names it by number only: whoever is paged may
/// not be a member yet.
/// </summary>
public static class PageMessage
{
    public const string MetadataEventType = "incident_page";
    public const string ChannelEventType = "incident_page_mention";
    public const string AcknowledgeAction = "page_ack";
    public const string DeclineAction = "page_decline";

    public static (string Text, JsonArray Blocks) Direct(Words words, Incident incident, Severity severity, Page page)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(severity);
        ArgumentNullException.ThrowIfNull(page);
        var where = incident.ChannelId is { } channel ? SlackText.Channel(channel) : incident.Reference;
        var text = words.Text("oncall.page.text", ("reference", incident.Reference), ("severity", severity.DisplayKey), ("channel", where),
            ("why", Why(words, page)), ("window", words.Duration(page.Window)));
        var blocks = new List<JsonObject> { Blocks.Section(text) };
        if (!incident.IsPrivate)
        {
            var brief = new List<string> { $"*{PersonText.Mrkdwn(incident.Title)}*" };
            if (incident.Summary is { Length: > 0 } summary)
            {
                brief.Add(PersonText.Mrkdwn(SlackText.Truncate(summary, 1500)));
            }

            brief.Add(words.Text("oncall.page.commander", ("user", SlackText.User(words, incident.Commander))));
            blocks.Add(Blocks.Section(string.Join("\n", brief)));
        }

        if (page.Message is { Length: > 0 } message)
        {
            blocks.Add(Blocks.Section(words.Text("oncall.page.message", ("user", SlackText.User(words, page.PagedBy)), ("message", PersonText.Mrkdwn(message)))));
        }

        var value = page.Id.ToString(CultureInfo.InvariantCulture);
        blocks.Add(Blocks.Actions("page", Blocks.Button(AcknowledgeAction, words["oncall.page.acknowledge"], value, "primary"),
            Blocks.Button(DeclineAction, words["oncall.page.decline"], value)));
        return (text, Blocks.Array(blocks));
    }

    /// <summary>The mention in the incident channel: who was paged, why, and how long they have.</summary>
    public static (string Text, JsonArray Blocks) InChannel(Words words, Page page)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(page);
        var text = words.Text("oncall.page.channel", ("user", SlackText.User(page.UserId)), ("why", Why(words, page)), ("window", words.Duration(page.Window)));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    /// <summary>
    /// The channel told nobody is left to page: who did not answer when one person was paged by name; else with the
    /// escalation target when it is a group or a channel; else asked to find an IC unless the incident has one.
    /// </summary>
    public static (string Text, JsonArray Blocks) Exhausted(Words words, ExhaustedPayload notice, bool hasCommander)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(notice);
        var text = notice switch
        {
            { Person: { } person } => words.Text("oncall.page.exhausted_person", ("user", SlackText.User(person))),
            { Target: { } target } => words.Text("oncall.page.exhausted_target", ("target", Core.Policies.EscalationPolicy.Mention(target))),
            _ => hasCommander ? words["oncall.page.exhausted_led"] : words["oncall.page.exhausted"],
        };
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    private static string Why(Words words, Page page) => page.Position switch
    {
        PagePosition.Person => words["oncall.why.person"],
        PagePosition.Target => words["oncall.why.target"],
        _ => words.Text($"oncall.why.{page.Position.ToString().ToLowerInvariant()}", ("rotation", page.Rotation ?? "")),
    };
}
