using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>"Stable in monitoring for 15 min — resolve?" with a Resolve button.</summary>
public static class SoakMessage
{
    public const string MetadataEventType = "incident_soak";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, SoakPayload soak)
    {
        var text = words.Text("soak.prompt", ("reference", incident.Reference), ("duration", words.Duration(soak.PromptedAt - soak.MonitoringSince)));
        var id = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (text, Blocks.Array([
            Blocks.Section(text),
            Blocks.Actions("soak_actions",
                Blocks.Button(CadenceActions.Resolve, words["resolution.button.resolve"], id, "primary"),
                Blocks.Button(CadenceActions.PostUpdate, words["update.button.post"], id)),
        ]));
    }
}
