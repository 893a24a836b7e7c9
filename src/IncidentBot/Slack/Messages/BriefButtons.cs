using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The brief's buttons. Each feature adds its button here once it works end to end; no button is shown before that.
/// A button's value is the incident id, so its handler knows which incident it acts on.
/// </summary>
public static class BriefButtons
{
    public const string BlockId = "brief_actions";

    public static JsonObject[] For(Words words, Incident incident)
    {
        var value = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var buttons = new List<JsonObject>();
        var commanderMissing = incident.Commander is null;
        buttons.Add(Blocks.Button(Interactions.TakeCommanderAction.Id, words["brief.button.take_commander"], value, commanderMissing ? "primary" : null));
        buttons.Add(Blocks.Button(Interactions.AssignRolesAction.Id, words["brief.button.assign_roles"], value));
        if (incident.IsOpen)
        {
            buttons.Add(Blocks.Button(CadenceActions.PostUpdate, words["update.button.post"], value, commanderMissing ? null : "primary"));
            buttons.Add(Blocks.Button(CadenceActions.ChangeSeverity, words["brief.button.change_severity"], value));
            buttons.Add(Blocks.Button(Interactions.ResolveButton.Id, words["resolution.button.resolve"], value));
        }

        return [.. buttons];
    }
}
