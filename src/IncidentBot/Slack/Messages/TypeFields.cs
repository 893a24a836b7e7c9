using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The declare form's incident type and "how was it detected" pickers.</summary>
public static class TypeFields
{
    public const string TypeBlock = "type";
    public const string DetectedBlock = "detected";

    public static JsonObject TypeInput(Words words, IncidentTypeCatalog types, IncidentType selected) =>
        ModalElements.Input(TypeBlock, words["types.form.type"],
            ModalElements.Select(types.All.Select(t => TypeOption(words, t)).ToList(), TypeOption(words, selected)), optional: false);

    public static JsonObject DetectedInput(Words words)
    {
        var select = ModalElements.Select(DetectionSource.All.Select(k => ModalElements.Option(words[$"types.detected.{k}"], k)).ToList(), null);
        select["placeholder"] = Blocks.PlainText(words["types.form.detected_placeholder"]);
        return ModalElements.Input(DetectedBlock, words["types.form.detected"], select, optional: true);
    }

    public static JsonObject TypeOption(Words words, IncidentType type) => ModalElements.Option(type.LabelIn(words), type.Key);
}
