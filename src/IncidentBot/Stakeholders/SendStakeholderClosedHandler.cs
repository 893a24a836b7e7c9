using System.Globalization;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Work;

namespace IncidentBot.Stakeholders;

/// <summary>An incident was cancelled or merged: Core records word of it for the audiences that had heard of it, once.</summary>
public sealed class SendStakeholderClosedHandler(StakeholderService stakeholders) : IWorkHandler
{
    public string Kind => StakeholderWorkKinds.SendClosed;

    public Task HandleAsync(OutboxItem item, CancellationToken ct) =>
        stakeholders.SendClosedAsync(item.IncidentId!.Value, long.Parse(item.Payload, NumberStyles.None, CultureInfo.InvariantCulture), ct);
}
