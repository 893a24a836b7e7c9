using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The update modal: status, summary, customer impact, hypothesis, next steps, ETA with confidence, and
/// "next update in" defaulting to the severity's cadence. The first update of a SEV0/SEV1 is the initial assessment.
/// </summary>
public static class UpdateModal
{
    public const string CallbackId = "update";
    public const string StatusBlock = "status";
    public const string SummaryBlock = "summary";
    public const string ImpactBlock = "impact";
    public const string HypothesisBlock = "hypothesis";
    public const string NextStepsBlock = "next_steps";
    public const string EtaBlock = "eta";
    public const string ConfidenceBlock = "confidence";
    public const string NextUpdateBlock = "next_update";
    public static readonly IncidentStatus[] Statuses =
        [IncidentStatus.Investigating, IncidentStatus.Identified, IncidentStatus.Mitigating, IncidentStatus.Monitoring];
    public static readonly string[] Confidences = ["low", "medium", "high"];
    private static readonly TimeSpan[] StandardIntervals =
        [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60)];

    public static JsonObject Build(Incident incident, Severity severity, bool initialAssessment)
    {
        var statusOptions = Statuses.Select(s => Option(StatusText.Of(s), s.ToString())).ToList();
        var blocks = new List<JsonObject>
        {
            Blocks.Section($"*{incident.Reference} · {severity.DisplayKey}* — {PersonText.Mrkdwn(SlackText.Truncate(incident.Title, 200))}" +
                (initialAssessment ? "\n_Initial assessment: scope, impact, hypothesis and ETA._" : "")),
            Input(StatusBlock, "Status", Select(statusOptions, statusOptions.FirstOrDefault(o => o["value"]!.GetValue<string>() == incident.Status.ToString())), optional: false),
            Input(SummaryBlock, "Summary", TextInput(3000, multiline: true, "What is happening now?"), optional: false),
            Input(ImpactBlock, "Customer impact", TextInput(3000, multiline: true), optional: true),
            Input(HypothesisBlock, "Current hypothesis", TextInput(3000, multiline: true), optional: true),
            Input(NextStepsBlock, "Next steps", TextInput(3000, multiline: true), optional: true),
            Input(EtaBlock, "ETA", TextInput(150, multiline: false, "e.g. 30 min, 15:00"), optional: true),
            Input(ConfidenceBlock, "ETA confidence", Select(Confidences.Select(c => Option(c, c)).ToList(), null), optional: true),
        };
        if (severity.UpdateCadence is { } cadence)
        {
            var options = NextUpdateChoices(cadence).Select(NextUpdateOption).ToList();
            blocks.Add(Input(NextUpdateBlock, "Next update in", Select(options, NextUpdateOption(cadence)), optional: false));
        }

        var metadata = incident.Id.ToString(CultureInfo.InvariantCulture);
        return Modal(CallbackId, initialAssessment ? "Initial assessment" : "Post an update", "Post", metadata, blocks);
    }

    /// <summary>5, 15, 30 and 60 minutes where shorter than the cadence, and the cadence itself.</summary>
    public static IReadOnlyList<TimeSpan> NextUpdateChoices(TimeSpan cadence) =>
        StandardIntervals.Where(i => i < cadence).Append(cadence).ToList();

    private static JsonObject NextUpdateOption(TimeSpan interval) =>
        Option($"in {SlackText.Duration(interval)}", ((long)interval.TotalSeconds).ToString(CultureInfo.InvariantCulture));
}
