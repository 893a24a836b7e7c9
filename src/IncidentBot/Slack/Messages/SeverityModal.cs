using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Slack.Messages;

/// <summary>The change-severity modal: the ladder as a select (current preselected) and an optional reason.</summary>
public static class SeverityModal
{
    public const string CallbackId = "change_severity";
    public const string SeverityBlock = "severity";
    public const string ReasonBlock = "reason";

    public static JsonObject Build(Incident incident, SeverityLadder ladder)
    {
        var options = ladder.All.Select(s => Option($"{s.DisplayKey} · {s.Label}", s.Key)).ToList();
        var current = options.FirstOrDefault(o => o["value"]!.GetValue<string>() == incident.SeverityKey);
        var blocks = new[]
        {
            Blocks.Section($"*{incident.Reference}* is {incident.SeverityKey.ToUpperInvariant()}. The update cadence follows the new severity at once."),
            Input(SeverityBlock, "Severity", Select(options, current), optional: false),
            Input(ReasonBlock, "Reason", TextInput(500, multiline: false, "Why the change?"), optional: true),
        };
        return Modal(CallbackId, "Change severity", "Change", incident.Id.ToString(CultureInfo.InvariantCulture), blocks);
    }
}
