using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The declare form, in the words of whoever opened it: title, severity, type, how it was detected, summary, impact,
/// the status page's affected components (when any are configured), private, "I am the IC", and (when there are rotations)
/// the on-call rotation to page. <c>affected</c> opens the components picker with those picked (an alert's service).
/// </summary>
public static class DeclareModal
{
    public const string CallbackId = "declare";
    public const string TitleBlock = "title";
    public const string SeverityBlock = "severity";
    public const string SummaryBlock = "summary";
    public const string ImpactBlock = "impact";
    public const string OptionsBlock = "options";
    public const string ValueAction = "value";
    public const string PrivateOption = "private";
    public const string CommanderOption = "commander";

    public static JsonObject Build(
        Words words, SeverityLadder ladder, Severity selected, IncidentTypeCatalog types, IncidentType type, string? title, bool isPrivate,
        string privateMetadata, string? summary = null, Core.StatusPage.ComponentCatalog? components = null, IReadOnlyList<string>? rotations = null,
        string? rotation = null, IReadOnlyDictionary<string, Core.StatusPage.ComponentState>? affected = null)
    {
        var blocks = new JsonArray(
            Input(TitleBlock, words["declare_form.incident_title"], TextInput(title, TitleRules.MaxLength, multiline: false), optional: false),
            Input(SeverityBlock, words["form.severity"], SeveritySelect(words, ladder, selected), optional: false),
            TypeFields.TypeInput(words, types, type),
            TypeFields.DetectedInput(words),
            Input(SummaryBlock, words["declare_form.summary"], TextInput(summary, 3000, multiline: true), optional: true),
            Input(ImpactBlock, words["form.customer_impact"], TextInput(null, 3000, multiline: true), optional: true),
            Input(OptionsBlock, words["form.options"], Options(words, ladder, types, isPrivate, commander: rotation is null), optional: true));
        if (components is not null)
        {
            foreach (var component in PublicFormBlocks.Components(words, components, affected ?? new Dictionary<string, Core.StatusPage.ComponentState>()))
            {
                blocks.Insert(blocks.Count - 1, component);
            }
        }

        if (Oncall.RotationField.Input(words, rotations ?? [], rotation) is { } picker)
        {
            blocks.Add(picker);
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = Blocks.PlainText(words["declare_form.title"]),
            ["submit"] = Blocks.PlainText(words["declare_form.submit"]),
            ["close"] = Blocks.PlainText(words["form.cancel"]),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = blocks,
        };
    }

    private static JsonObject Input(string blockId, string label, JsonObject element, bool optional) => new()
    {
        ["type"] = "input",
        ["block_id"] = blockId,
        ["optional"] = optional,
        ["label"] = Blocks.PlainText(label),
        ["element"] = element,
    };

    private static JsonObject TextInput(string? initial, int maxLength, bool multiline)
    {
        var input = new JsonObject
        {
            ["type"] = "plain_text_input", ["action_id"] = ValueAction, ["multiline"] = multiline, ["max_length"] = maxLength,
        };
        if (!string.IsNullOrWhiteSpace(initial))
        {
            input["initial_value"] = SlackText.Truncate(PersonText.Plain(initial), maxLength);
        }

        return input;
    }

    private static JsonObject SeveritySelect(Words words, SeverityLadder ladder, Severity selected) => new()
    {
        ["type"] = "static_select",
        ["action_id"] = ValueAction,
        ["options"] = new JsonArray(ladder.All.Take(100).Select(s => (JsonNode)SeverityOption(words, s)).ToArray()),
        ["initial_option"] = SeverityOption(words, selected),
    };

    private static JsonObject SeverityOption(Words words, Severity s) => Option(ModalElements.SeverityText(words, s), s.Key);

    private static JsonObject Options(Words words, SeverityLadder ladder, IncidentTypeCatalog types, bool isPrivate, bool commander)
    {
        var commanderOption = Option(words["declare_form.commander"], CommanderOption);
        var privateOption = Option(words["declare_form.private"], PrivateOption);
        var alwaysPrivate = ladder.All.Where(s => s.PrivateByDefault).Select(s => s.DisplayKey)
            .Concat(types.All.Where(t => t.IsPrivate).Select(t => t.LabelIn(words))).ToList();
        if (alwaysPrivate.Count > 0)
        {
            // The declare enforces it (IncidentService); the form says so, as unticking the box cannot make these public.
            var description = words.Text("declare_form.always_private", ("severities", string.Join(", ", alwaysPrivate)));
            privateOption["description"] = Blocks.PlainText(SlackText.Truncate(description, ModalElements.OptionTextMax));
        }

        // Ticked unless an on-call rotation answers: then the rotation's primary is paged and becomes IC.
        var initial = commander ? new JsonArray(commanderOption.DeepClone()) : [];
        if (isPrivate)
        {
            initial.Add(privateOption.DeepClone());
        }

        var checkboxes = new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = ValueAction,
            ["options"] = new JsonArray(privateOption, commanderOption),
        };
        if (initial.Count > 0)
        {
            // Slack refuses an empty initial_options.
            checkboxes["initial_options"] = initial;
        }

        return checkboxes;
    }

    private static JsonObject Option(string text, string value) => new() { ["text"] = Blocks.PlainText(text), ["value"] = value };
}
