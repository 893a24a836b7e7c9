using System.Text.Json.Nodes;
using IncidentBot.Core.Breaches;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// A breach-clock reminder, or the deadline's passing, as sent to the IC and the contact by DM (or, with neither, in the
/// incident's channel). It names the incident by number, severity and channel only, never its title: the contact may
/// not be a member of the private channel. It ends with the two commands that stop the clock.
/// </summary>
public static class BreachNoticeMessage
{
    public const string MetadataEventType = "incident_breach_notice";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, Severity severity, BreachPayload notice)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(notice);
        var deadline = UnixTime.FromUnixMs(notice.DeadlineMs);
        var where = incident.ChannelId is { } channel ? SlackText.Channel(channel) : incident.Reference;
        var text = notice.IsDeadline
            ? words.Text("security.notice.deadline", ("reference", incident.Reference), ("severity", severity.DisplayKey),
                ("channel", where), ("deadline", SlackText.Date(deadline)))
            : words.Text("security.notice.reminder", ("reference", incident.Reference), ("severity", severity.DisplayKey),
                ("channel", where), ("deadline", SlackText.Date(deadline)), ("left", words.Duration(deadline - UnixTime.FromUnixMs(notice.FiredAtMs))),
                ("number", notice.Mark), ("max", notice.Marks));
        var how = words["security.notice.how"];
        return (text, Blocks.Array([Blocks.Section(text), Blocks.Context(how)]));
    }
}
