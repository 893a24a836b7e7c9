using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Alerts;

/// <summary>Decline…: the reason (required: false positive, expected, duplicate) and an optional note; the alert's id in <c>private_metadata</c>.</summary>
public static class AlertDeclineModal
{
    public const string CallbackId = "alert_decline";
    public const string ReasonBlock = "reason";
    public const string NoteBlock = "note";

    public static JsonObject Build(Words words, AlertRecord alert)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(alert);
        var reasons = AlertDeclineReasons.All.Select(r => Option(words[$"alert.decline.{r}"], r)).ToList();
        var blocks = new[]
        {
            Blocks.Section(words.Text("alert.decline_form.intro", ("title", SlackText.Escape(alert.Title)))),
            Input(ReasonBlock, words["alert.decline_form.reason"], Select(reasons, null), optional: false),
            Input(NoteBlock, words["alert.decline_form.note"], TextInput(AlertDeclineReasons.MaxNoteLength, multiline: false), optional: true),
        };
        return Modal(words, CallbackId, words["alert.decline_form.title"], words["alert.decline_form.submit"],
            alert.Id.ToString(CultureInfo.InvariantCulture), blocks);
    }
}
