using System.Globalization;
using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Announces a severity change in the channel and the feed thread.</summary>
public sealed class AnnounceSeverityHandler(IncidentStore incidents, SeverityLadder ladder, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => CadenceWorkKinds.AnnounceSeverity;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var change = JsonSerializer.Deserialize<SeverityChangePayload>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        var severity = ladder.TryParse(change.To, out var to) ? to : ladder.For(incident);
        var key = $"inc:{incident.Id}:severity:{item.Id.ToString(CultureInfo.InvariantCulture)}";
        await poster.InChannelAndFeedAsync(incident, key, SeverityMessage.MetadataEventType, SeverityMessage.Build(wording.Workspace, incident, severity, change), ct);
    }
}
