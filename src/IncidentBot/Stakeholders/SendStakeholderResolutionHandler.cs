using System.Globalization;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Work;

namespace IncidentBot.Stakeholders;

/// <summary>An incident was resolved: Core records its resolution summary for the audiences that hear about it, once.</summary>
public sealed class SendStakeholderResolutionHandler(StakeholderService stakeholders) : IWorkHandler
{
    public string Kind => StakeholderWorkKinds.SendResolution;

    public Task HandleAsync(OutboxItem item, CancellationToken ct) =>
        stakeholders.SendResolutionAsync(item.IncidentId!.Value, int.Parse(item.Payload, NumberStyles.None, CultureInfo.InvariantCulture), ct);
}
