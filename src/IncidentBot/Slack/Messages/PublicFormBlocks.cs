using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Texts;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The status page's inputs on the declare and update forms: the affected components with their states (one picker,
/// a group of states per component), and on the update form the <b>Public message</b> and <b>Public stage</b>.
/// </summary>
public static partial class PublicFormBlocks
{
    public const string ComponentsBlock = "components";
    public const string PublicMessageBlock = "public_message";
    public const string PublicStageBlock = "public_stage";
    public const int PublicMessageMax = 1000;

    /// <summary>The components picker, opening with <paramref name="affected"/>; none when no component is configured.</summary>
    public static IEnumerable<JsonObject> Components(Words words, ComponentCatalog catalog, IReadOnlyDictionary<string, ComponentState> affected)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.All.Count == 0)
        {
            yield break;
        }

        var groups = catalog.All.Take(ComponentCatalog.Max).Select(c => new JsonObject
        {
            ["label"] = Blocks.PlainText(SlackText.Truncate(c.Name, OptionTextMax)),
            ["options"] = new JsonArray(ComponentStates.All.Select(s => (JsonNode)StateOption(words, c, s)).ToArray()),
        }).ToList();
        var element = new JsonObject
        {
            ["type"] = "multi_static_select",
            ["action_id"] = ValueAction,
            ["option_groups"] = new JsonArray(groups.Select(g => (JsonNode)g).ToArray()),
        };
        var initial = catalog.All.Take(ComponentCatalog.Max)
            .Where(c => affected.TryGetValue(c.Key, out var s) && s != ComponentState.Operational)
            .Select(c => (JsonNode)StateOption(words, c, affected[c.Key])).ToArray();
        if (initial.Length > 0)
        {
            element["initial_options"] = new JsonArray(initial);
        }

        yield return Input(ComponentsBlock, words["statuspage.form.components"], element, optional: true);
    }

    /// <summary>The <b>Public message</b> (prefilled from the customer template when <see cref="PublicForm.Prefill"/> says) and <b>Public stage</b>.</summary>
    public static IEnumerable<JsonObject> Publish(Words words, PublicForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = UpdateModal.Prefilled(TextInput(PublicMessageMax, multiline: true), form.Prefill);
        var message = Input(PublicMessageBlock, words["statuspage.form.public_message"], input, optional: true);
        message["hint"] = Blocks.PlainText(words["statuspage.form.public_message_hint"]);
        yield return message;
        var stages = PublicStages.Live.Select(s => Option(words[$"statuspage.stage.{s}"], s.ToString())).ToList();
        yield return Input(PublicStageBlock, words["statuspage.form.public_stage"], Select(stages, stages[Array.IndexOf(PublicStages.Live, form.Stage) is var i and >= 0 ? i : 0]), optional: true);
    }

    /// <summary>The template for <paramref name="stage"/> in <paramref name="words"/>' language.</summary>
    public static string Template(Words words, PublicStage stage) => words[$"statuspage.template.{stage}"];

    /// <summary>The first part of <paramref name="text"/> still reading as a template's <c>[placeholder]</c>, if any.</summary>
    public static string? LeftPlaceholder(Words words, string text)
    {
        var placeholders = PublicStages.Live.SelectMany(s => Placeholder().Matches(Template(words, s)).Select(m => m.Value));
        return placeholders.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal));
    }

    private static JsonObject StateOption(Words words, BoardComponent component, ComponentState state) =>
        Option($"{component.Name} — {words[$"statuspage.state.{ComponentStates.Key(state)}"]}", ComponentCatalog.Value(component.Key, state));

    [GeneratedRegex(@"\[[^\]]+\]")]
    private static partial Regex Placeholder();
}
