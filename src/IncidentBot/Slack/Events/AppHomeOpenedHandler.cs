using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Events;

/// <summary><c>app_home_opened</c> on the Home tab publishes the open incidents that person may see, in their words.</summary>
public sealed class AppHomeOpenedHandler(IncidentStore incidents, SeverityLadder ladder, ISlackApi slack, Wording wording) : ISlackEventProcessor
{
    public string EventType => "app_home_opened";

    public async Task HandleAsync(JsonObject evt, string eventId, CancellationToken ct)
    {
        if (evt["user"] is not JsonValue u || !u.TryGetValue<string>(out var user)
            || (evt["tab"] is JsonValue t && t.TryGetValue<string>(out var tab) && tab != "home"))
        {
            return;
        }

        var open = await VisibleOpenIncidents.ForAsync(incidents, user, ct);
        await slack.PublishHomeViewAsync(user, HomeView.Build(await wording.ForAsync(user, ct), open, ladder), ct);
    }
}
