using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The update modal, in the words of whoever opened it: status, summary, customer impact, hypothesis, next steps, ETA with confidence, and
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

    public static JsonObject Build(Words words, Incident incident, Severity severity, bool initialAssessment)
    {
        var statusOptions = Statuses.Select(s => Option(words.Status(s), s.ToString())).ToList();
        var confidences = Confidences.Select(c => Option(words[$"update_form.confidence.{c}"], c)).ToList();
        var blocks = new List<JsonObject>
        {
            Blocks.Section($"*{incident.Reference} · {severity.DisplayKey}* — {PersonText.Mrkdwn(SlackText.Truncate(incident.Title, 200))}" +
                (initialAssessment ? $"\n_{words["update_form.initial_hint"]}_" : "")),
            Input(StatusBlock, words["update_form.status"], Select(statusOptions, statusOptions.FirstOrDefault(o => o["value"]!.GetValue<string>() == incident.Status.ToString())), optional: false),
            Input(SummaryBlock, words["update_form.summary"], TextInput(3000, multiline: true, words["update_form.summary_placeholder"]), optional: false),
            Input(ImpactBlock, words["form.customer_impact"], TextInput(3000, multiline: true), optional: true),
            Input(HypothesisBlock, words["update_form.hypothesis"], TextInput(3000, multiline: true), optional: true),
            Input(NextStepsBlock, words["update_form.next_steps"], TextInput(3000, multiline: true), optional: true),
            Input(EtaBlock, words["update_form.eta"], TextInput(150, multiline: false, words["update_form.eta_placeholder"]), optional: true),
            Input(ConfidenceBlock, words["update_form.confidence"], Select(confidences, null), optional: true),
        };
        if (severity.UpdateCadence is { } cadence)
        {
            var options = NextUpdateChoices(cadence).Select(i => NextUpdateOption(words, i)).ToList();
            blocks.Add(Input(NextUpdateBlock, words["update_form.next_update"], Select(options, NextUpdateOption(words, cadence)), optional: false));
        }

        var metadata = incident.Id.ToString(CultureInfo.InvariantCulture);
        var title = words[initialAssessment ? "update_form.title_initial" : "update_form.title"];
        return Modal(words, CallbackId, title, words["update_form.submit"], metadata, blocks);
    }

    /// <summary>5, 15, 30 and 60 minutes where shorter than the cadence, and the cadence itself.</summary>
    public static IReadOnlyList<TimeSpan> NextUpdateChoices(TimeSpan cadence) =>
        StandardIntervals.Where(i => i < cadence).Append(cadence).ToList();

    private static JsonObject NextUpdateOption(Words words, TimeSpan interval) =>
        Option(words.Text("update_form.next_update_option", ("duration", words.Duration(interval))),
            ((long)interval.TotalSeconds).ToString(CultureInfo.InvariantCulture));
}
