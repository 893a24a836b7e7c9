using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The brief's buttons. Each feature adds its button here once it works end to end; no button is shown before that.
/// A button's value is the incident id, so its handler knows which incident it acts on.
/// </summary>
public static class BriefButtons
{
    public const string BlockId = "brief_actions";

    public static JsonObject[] For(Incident incident)
    {
        var value = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var buttons = new List<JsonObject>();
        var commanderMissing = incident.Commander is null;
        buttons.Add(Blocks.Button(Interactions.TakeCommanderAction.Id, "Take IC", value, commanderMissing ? "primary" : null));
        buttons.Add(Blocks.Button(Interactions.AssignRolesAction.Id, "Assign roles…", value));
        if (incident.IsOpen)
        {
            buttons.Add(Blocks.Button(CadenceActions.PostUpdate, "Post update", value, commanderMissing ? null : "primary"));
            buttons.Add(Blocks.Button(CadenceActions.ChangeSeverity, "Change severity", value));
            buttons.Add(Blocks.Button(Interactions.ResolveButton.Id, "Resolve", value));
        }

        return [.. buttons];
    }
}
