using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Slack.Messages;

/// <summary>The change-severity modal, in the words of whoever opened it: the ladder as a select (current preselected) and an optional reason.</summary>
public static class SeverityModal
{
    public const string CallbackId = "change_severity";
    public const string SeverityBlock = "severity";
    public const string ReasonBlock = "reason";

    public static JsonObject Build(Words words, Incident incident, SeverityLadder ladder)
    {
        var options = ladder.All.Select(s => Option(SeverityText(words, s), s.Key)).ToList();
        var current = options.FirstOrDefault(o => o["value"]!.GetValue<string>() == incident.SeverityKey);
        var blocks = new[]
        {
            Blocks.Section(words.Text("severity_form.intro",
                ("reference", incident.Reference), ("severity", incident.SeverityKey.ToUpperInvariant()))),
            Input(SeverityBlock, words["form.severity"], Select(options, current), optional: false),
            Input(ReasonBlock, words["severity_form.reason"], TextInput(500, multiline: false, words["severity_form.reason_placeholder"]), optional: true),
        };
        return Modal(words, CallbackId, words["severity_form.title"], words["severity_form.submit"],
            incident.Id.ToString(CultureInfo.InvariantCulture), blocks);
    }

    /// <summary>The error on a severity field whose choice is not on the ladder (a form older than the configuration).</summary>
    public static string ChooseOneOf(Words words, SeverityLadder ladder) =>
        words.Text("form.error.choose_severity", ("keys", Either(words, ladder.All.Select(s => s.Key).ToList())));
}
