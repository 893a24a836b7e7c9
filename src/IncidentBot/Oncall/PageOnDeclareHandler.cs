using IncidentBot.Core.Configuration;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Oncall;

/// <summary>
/// Pages the rotation a newly declared incident named; the chain's unique steps make a rerun page nobody twice. The
/// reserved rotation <c>pagerduty</c> pages the PagerDuty schedule's current on-call, read now (and, when that fails,
/// the severity's escalation target, the timeline saying why).
/// </summary>
public sealed class PageOnDeclareHandler(
    PagingService paging, PagerDutyOncalls pagerDuty, IncidentBotOptions options, Wording wording, ILogger<PageOnDeclareHandler> logger) : IWorkHandler
{
    public string Kind => OncallWorkKinds.PageOnDeclare;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var rotation = OncallWorkKinds.Parse<RotationPayload>(item.Payload).Rotation;
        var page = rotation == PagerDutyOptions.RotationName && options.PagerDuty.ReadsSchedule
            ? await PageFromPagerDutyAsync(item.IncidentId!.Value, ct)
            : await paging.PageOnDeclareAsync(item.IncidentId!.Value, rotation, ct);
        logger.LogInformation("Incident {IncidentId} declared: rotation {Rotation} paged {UserId}", item.IncidentId, rotation, page?.UserId ?? "nobody");
    }

    private async Task<Page?> PageFromPagerDutyAsync(long incidentId, CancellationToken ct)
    {
        var onCall = await pagerDuty.CurrentAsync(wording.Workspace, ct);
        return await paging.PageOnDeclareAsync(incidentId, PagerDutyOptions.RotationName, onCall.UserIds, onCall.Problem, ct);
    }
}
