using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Alerts;

/// <summary>
/// Link to INC-n…: a select of the open incidents the member who clicked can see (public ones, and private ones they are
/// a member of — no other private incident is listed), each title as plain text that notifies nobody; the alert's id rides
/// in <c>private_metadata</c>.
/// </summary>
public static class AlertLinkModal
{
    public const string CallbackId = "alert_link";
    public const string IncidentBlock = "incident";

    public static JsonObject Build(Words words, AlertRecord alert, IReadOnlyList<Incident> visible)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(visible);
        var options = visible.OrderByDescending(i => i.Number)
            .Select(i => Option($"{i.Reference} · {PersonText.Plain(i.Title)}", i.Number.ToString(CultureInfo.InvariantCulture))).ToList();
        var blocks = new[]
        {
            Blocks.Section(words.Text("alert.link_form.intro", ("title", SlackText.Escape(alert.Title)))),
            Input(IncidentBlock, words["alert.link_form.incident"], Select(options, null), optional: false),
        };
        return Modal(words, CallbackId, words["alert.link_form.title"], words["alert.link_form.submit"],
            alert.Id.ToString(CultureInfo.InvariantCulture), blocks);
    }
}
