using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The update form, in the words of whoever opened it, following the practice's update template: status, a one-line
/// summary, since last update (bullets prefilled from the timeline), root cause state and text, impact and scope
/// (services and customers affected), ETA with confidence, next steps each with an owner, and "next update in"
/// defaulting to the severity's cadence. The initial assessment adds revenue impact and SLA-breach risk and requires
/// the scope and the root cause's state (<see cref="UpdateTemplateBlocks"/>). A public incident's form ends with the status
/// page's fields (<see cref="PublicFormBlocks"/>).
/// </summary>
public static class UpdateModal
{
    public const string CallbackId = "update";
    public const string StatusBlock = "status";
    public const string SummaryBlock = "summary";
    public const string SinceLastBlock = "since_last";
    public const string ImpactBlock = "impact";
    public const string EtaBlock = "eta";
    public const string ConfidenceBlock = "confidence";
    public const string NextUpdateBlock = "next_update";

    /// <summary>A form opened before the template (one free-text "next steps" field) may still be submitted.</summary>
    public const string NextStepsBlock = "next_steps";

    public const int SummaryMax = 300;
    public const int LongTextMax = 3000;
    public static readonly IncidentStatus[] Statuses =
        [IncidentStatus.Investigating, IncidentStatus.Identified, IncidentStatus.Mitigating, IncidentStatus.Monitoring];
    public static readonly string[] Confidences = ["low", "medium", "high"];
    private static readonly TimeSpan[] StandardIntervals =
        [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60), TimeSpan.FromHours(2)];

    public static JsonObject Build(Words words, Incident incident, Severity severity, UpdateForm form, PublicForm? publish = null)
    {
        var statusOptions = Statuses.Select(s => Option(words.Status(s), s.ToString())).ToList();
        var confidences = Confidences.Select(c => Option(words[$"update_form.confidence.{c}"], c)).ToList();
        var blocks = new List<JsonObject>
        {
            Blocks.Section($"*{incident.Reference} · {severity.DisplayKey}* — {PersonText.Mrkdwn(SlackText.Truncate(incident.Title, 200))}" +
                (form.Assessment ? $"\n_{words["update_form.initial_hint"]}_" : "")),
            Input(StatusBlock, words["update_form.status"], Select(statusOptions, statusOptions.FirstOrDefault(o => o["value"]!.GetValue<string>() == incident.Status.ToString())), optional: false),
            Input(SummaryBlock, words["update_form.summary"], TextInput(SummaryMax, multiline: false, words["update_form.summary_placeholder"]), optional: false),
            Input(SinceLastBlock, words["update_form.since_last"],
                Prefilled(TextInput(LongTextMax, multiline: true, words["update_form.since_last_placeholder"]), form.SinceLast), optional: true),
        };
        blocks.AddRange(UpdateTemplateBlocks.RootCause(words, form));
        blocks.Add(Input(ImpactBlock, words["form.customer_impact"], TextInput(LongTextMax, multiline: true), optional: true));
        blocks.AddRange(UpdateTemplateBlocks.Scope(words, form));
        blocks.Add(Input(EtaBlock, words["update_form.eta"], TextInput(150, multiline: false, words["update_form.eta_placeholder"]), optional: true));
        blocks.Add(Input(ConfidenceBlock, words["update_form.confidence"], Select(confidences, null), optional: true));
        blocks.AddRange(UpdateTemplateBlocks.Steps(words, form));
        if (publish is not null)
        {
            blocks.AddRange(PublicFormBlocks.Components(words, publish.Catalog, publish.Affected));
            blocks.AddRange(PublicFormBlocks.Publish(words, publish));
        }

        if (severity.UpdateCadence is { } cadence)
        {
            var options = NextUpdateChoices(cadence).Select(i => NextUpdateOption(words, i)).ToList();
            blocks.Add(Input(NextUpdateBlock, words["update_form.next_update"], Select(options, NextUpdateOption(words, cadence)), optional: false));
        }

        var title = words[form.Assessment ? "update_form.title_initial" : "update_form.title"];
        return Modal(words, CallbackId, title, words["update_form.submit"], form.Metadata(incident), blocks);
    }

    /// <summary>5, 15, 30, 60 minutes and 2 hours where shorter than the cadence, and the cadence itself.</summary>
    public static IReadOnlyList<TimeSpan> NextUpdateChoices(TimeSpan cadence) =>
        StandardIntervals.Where(i => i < cadence).Append(cadence).ToList();

    /// <summary>
    /// A text input opening with <paramref name="value"/> as people may see it (whole-channel mentions and disguised links
    /// defused, cut to the input's own limit); unchanged when there is none.
    /// </summary>
    internal static JsonObject Prefilled(JsonObject input, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            input["initial_value"] = SlackText.Truncate(PersonText.Plain(value), input["max_length"]!.GetValue<int>());
        }

        return input;
    }

    private static JsonObject NextUpdateOption(Words words, TimeSpan interval) =>
        Option(words.Text("update_form.next_update_option", ("duration", words.Duration(interval))),
            ((long)interval.TotalSeconds).ToString(CultureInfo.InvariantCulture));
}
