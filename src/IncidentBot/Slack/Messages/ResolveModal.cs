using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The resolve modal, in the words of whoever opened it: resolution summary (required), root cause, impact confirmed,
/// start post-mortem; and "resolve anyway?" when verification or the soak time is not done (<see cref="ResolveCautionBlocks"/>),
/// asked with the submit button, not refused.
/// </summary>
public static class ResolveModal
{
    public const string CallbackId = "resolve";
    public const string SummaryBlock = "resolution_summary";
    public const string RootCauseBlock = "root_cause";
    public const string OptionsBlock = "resolve_options";
    public const string ValueAction = "value";
    public const string ImpactConfirmedOption = "impact_confirmed";
    public const string StartPostmortemOption = "start_postmortem";
    public const int MaxText = 3000;

    public static JsonObject Build(Words words, Incident incident, string? summary = null, Core.Policies.ResolveCaution? caution = null)
    {
        var startPostmortem = Option(words["resolve_form.start_postmortem"], StartPostmortemOption);
        var options = new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = ValueAction,
            ["options"] = new JsonArray(Option(words["resolve_form.impact_confirmed"], ImpactConfirmedOption), startPostmortem),
            ["initial_options"] = new JsonArray(startPostmortem.DeepClone()),
        };
        var view = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = Blocks.PlainText(SlackText.Truncate(words.Text("resolve_form.title", ("reference", incident.Reference)), 24)),
            ["submit"] = Blocks.PlainText(words["resolve_form.submit"]),
            ["close"] = Blocks.PlainText(words["form.cancel"]),
            ["private_metadata"] = incident.Id.ToString(CultureInfo.InvariantCulture),
            ["blocks"] = new JsonArray(
                Blocks.Section(SlackText.Truncate($"*{incident.Reference}*: {PersonText.Mrkdwn(incident.Title)}", Blocks.SectionMax)),
                Input(SummaryBlock, words["resolve_form.summary"], TextInput(words["resolve_form.summary_placeholder"], summary), optional: false),
                Input(RootCauseBlock, words["resolve_form.root_cause"], TextInput(words["resolve_form.root_cause_placeholder"], null), optional: true),
                Input(OptionsBlock, words["form.options"], options, optional: true)),
        };
        if (caution is { Any: true })
        {
            // Asked, not refused: the IC reads what is outstanding and decides with the submit button.
            view["blocks"]!.AsArray().Insert(1, ResolveCautionBlocks.Build(words, caution));
            view["submit"] = Blocks.PlainText(words["types.resolve.submit_anyway"]);
        }

        return view;
    }

    /// <summary>The incident id the modal was opened for.</summary>
    public static long? IncidentId(string? privateMetadata) =>
        long.TryParse(privateMetadata, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static JsonObject Input(string blockId, string label, JsonObject element, bool optional) => new()
    {
        ["type"] = "input",
        ["block_id"] = blockId,
        ["optional"] = optional,
        ["label"] = Blocks.PlainText(label),
        ["element"] = element,
    };

    private static JsonObject TextInput(string placeholder, string? initial)
    {
        var input = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = ValueAction,
            ["multiline"] = true,
            ["max_length"] = MaxText,
            ["placeholder"] = Blocks.PlainText(placeholder),
        };
        if (!string.IsNullOrWhiteSpace(initial))
        {
            input["initial_value"] = SlackText.Truncate(PersonText.Plain(initial.Trim()), MaxText);
        }

        return input;
    }

    private static JsonObject Option(string text, string value) => new() { ["text"] = Blocks.PlainText(text), ["value"] = value };
}
