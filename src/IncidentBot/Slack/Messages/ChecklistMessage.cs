using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The incident's checklists as one message with checkboxes anyone in the channel ticks: each list under its heading,
/// ten items to a checkbox group (Slack's limit), ticked items ticked. Pure: state in, payload out.
/// </summary>
public static class ChecklistMessage
{
    public const string MetadataEventType = "incident_checklist";
    public const string TickActionId = "checklist_tick";
    public const int PerGroup = 10;

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, IReadOnlyList<ChecklistItem> items)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        var blocks = new List<JsonObject> { Blocks.Section(words.Text("types.checklist.title", ("reference", incident.Reference))) };
        foreach (var kind in Enum.GetValues<ChecklistKind>())
        {
            var list = items.Where(i => i.Kind == kind).OrderBy(i => i.Number).ToList();
            if (list.Count == 0)
            {
                continue;
            }

            blocks.Add(Blocks.Section($"*{words[ListKey(kind)]}* · {Progress(words, list)}"));
            blocks.AddRange(list.Chunk(PerGroup).Select((group, n) => Group(kind, n, group)));
        }

        blocks.Add(Blocks.Context(blocks.Count == 1 ? words["types.checklist.none"] : words["types.checklist.hint"]));
        var text = words.Text("types.checklist.text", ("reference", incident.Reference),
            ("activation", Progress(words, items.Where(i => i.Kind == ChecklistKind.Activation).ToList())),
            ("verification", Progress(words, items.Where(i => i.Kind == ChecklistKind.Verification).ToList())));
        return (text, Blocks.Array(blocks));
    }

    /// <summary>The option value naming an item: <c>verification:3</c>.</summary>
    internal static string Value(ChecklistItem item) => $"{item.Kind.ToString().ToLowerInvariant()}:{item.Number.ToString(CultureInfo.InvariantCulture)}";

    private static string ListKey(ChecklistKind kind) => $"types.checklist.{kind.ToString().ToLowerInvariant()}";

    private static string Progress(Words words, List<ChecklistItem> list) =>
        words.Text("types.checklist.progress", ("done", list.Count(i => i.IsTicked)), ("total", list.Count));

    private static JsonObject Group(ChecklistKind kind, int n, ChecklistItem[] group)
    {
        var options = group.Select(i => ModalElements.Option(PersonText.Plain(i.Text), Value(i))).ToList();
        var checkboxes = new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = TickActionId,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)o.DeepClone()).ToArray()),
        };
        var ticked = options.Where((_, i) => group[i].IsTicked).Select(o => (JsonNode)o.DeepClone()).ToArray();
        if (ticked.Length > 0)
        {
            checkboxes["initial_options"] = new JsonArray(ticked);
        }

        return new JsonObject
        {
            ["type"] = "actions",
            ["block_id"] = $"checklist:{kind.ToString().ToLowerInvariant()}:{n.ToString(CultureInfo.InvariantCulture)}",
            ["elements"] = new JsonArray(checkboxes),
        };
    }
}
