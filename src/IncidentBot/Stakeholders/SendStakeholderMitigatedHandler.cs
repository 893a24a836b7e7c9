using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Work;

namespace IncidentBot.Stakeholders;

/// <summary>An incident was mitigated: Core records word to support audiences to stop creating tickets, once.</summary>
public sealed class SendStakeholderMitigatedHandler(StakeholderService stakeholders) : IWorkHandler
{
    public string Kind => StakeholderWorkKinds.SendMitigated;

    public Task HandleAsync(OutboxItem item, CancellationToken ct) => stakeholders.SendMitigatedAsync(item.IncidentId!.Value, ct);
}
