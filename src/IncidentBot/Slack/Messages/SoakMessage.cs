using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>"Stable in monitoring for 15 min — resolve?" with a Resolve button.</summary>
public static class SoakMessage
{
    public const string MetadataEventType = "incident_soak";

    public static (string Text, JsonArray Blocks) Build(Incident incident, SoakPayload soak)
    {
        var text = $":white_check_mark: {incident.Reference} has been stable in monitoring for {SlackText.Duration(soak.PromptedAt - soak.MonitoringSince)} — resolve?";
        var id = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (text, Blocks.Array([
            Blocks.Section(text),
            Blocks.Actions("soak_actions", Blocks.Button(CadenceActions.Resolve, "Resolve", id, "primary"), Blocks.Button(CadenceActions.PostUpdate, "Post update", id)),
        ]));
    }
}
