using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Oncall;

/// <summary>DMs a rotation's outgoing and incoming people their handoff, each once, in their own words.</summary>
public sealed class PostHandoffHandler(
    IncidentStore incidents, ActionItemStore actionItems, RoleCatalog roles, RotationService rotations, IncidentPoster poster, Wording wording)
    : IWorkHandler
{
    public string Kind => OncallWorkKinds.PostHandoff;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var handoff = OncallWorkKinds.Parse<HandoffPayload>(item.Payload);
        var zone = (await rotations.GetAsync(handoff.Rotation, ct))?.Zone ?? TimeZoneInfo.Utc;
        var open = await incidents.ListOpenAsync(ct);
        foreach (var user in new[] { handoff.Outgoing, handoff.Incoming }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var words = await wording.ForAsync(user, ct);
            var involved = new List<(Incident, IReadOnlyList<string>)>();
            foreach (var incident in open)
            {
                var held = incident.Roles.Where(r => r.Value == user).Select(r => roles.Find(r.Key) is { } role ? words.RoleName(role) : r.Key).ToList();
                if (held.Count > 0 || await incidents.IsMemberAsync(incident.Id, user, ct))
                {
                    involved.Add((incident, held));
                }
            }

            var owned = new List<(ActionItem, Incident)>();
            foreach (var action in await actionItems.OpenOwnedByAsync(user, ct))
            {
                if (await incidents.GetAsync(action.IncidentId, ct) is { } incident)
                {
                    owned.Add((action, incident));
                }
            }

            await poster.ToAsync(user, $"handoff:{handoff.Rotation}:{handoff.AtMs}:{user}", HandoffMessage.MetadataEventType,
                HandoffMessage.Build(words, handoff, user, involved, owned, zone), ct);
        }
    }
}
