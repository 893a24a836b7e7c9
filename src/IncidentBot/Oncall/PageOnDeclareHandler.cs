using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Work;

namespace IncidentBot.Oncall;

/// <summary>Pages the rotation a newly declared incident named; the chain's unique steps make a rerun page nobody twice.</summary>
public sealed class PageOnDeclareHandler(PagingService paging, ILogger<PageOnDeclareHandler> logger) : IWorkHandler
{
    public string Kind => OncallWorkKinds.PageOnDeclare;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var rotation = OncallWorkKinds.Parse<RotationPayload>(item.Payload).Rotation;
        var page = await paging.PageOnDeclareAsync(item.IncidentId!.Value, rotation, ct);
        logger.LogInformation("Incident {IncidentId} declared: rotation {Rotation} paged {UserId}", item.IncidentId, rotation, page?.UserId ?? "nobody");
    }
}
