using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// After a role assignment: invites the holder to the channel, sends them the role's duty (in their words), and warns
/// the channel (in the workspace's) when one person now holds IC and lead. Each message is posted once; the brief is refreshed by its own queued work.
/// </summary>
public sealed class RoleAssignedHandler(
    IncidentStore incidents, ISlackApi slack, OncePoster poster, RoleCatalog roles, Wording wording, ILogger<RoleAssignedHandler> logger)
    : IWorkHandler
{
    public const string DutyEventType = "incident_role_duty";
    public const string WarningEventType = "incident_role_warning";

    public string Kind => RoleAssignedWork.Kind;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var work = RoleAssignedWork.Parse(item.Payload);
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { } incident)
        {
            return;
        }

        var key = work.DedupeKey(incident.Id);
        var role = roles.Find(work.RoleKey) ?? new RoleDefinition(work.RoleKey, work.RoleKey, "", 0);
        if (incident.ChannelId is { } channel && !work.ByDeclaring)
        {
            await BestEffortAsync("invite", () => slack.InviteAsync(channel, [work.UserId], ct));
        }

        var (text, blocks) = RoleMessages.Duty(await wording.ForAsync(work.UserId, ct), incident, role, work);
        await BestEffortAsync("duty", () => poster.PostAsync($"{key}:duty", DutyEventType, new ChatMessage(work.UserId, text, blocks), ct));
        if (work.CommanderIsLead && incident.ChannelId is { } warnIn)
        {
            var warning = RoleMessages.CommanderIsLead(wording.Workspace, work.UserId, roles);
            await poster.PostAsync($"{key}:ic-lead", WarningEventType, new ChatMessage(warnIn, warning), ct);
        }
    }

    /// <summary>Runs a step whose refusal by Slack (a deactivated user, say) must not stop the rest; transient failures retry.</summary>
    private async Task BestEffortAsync(string step, Func<Task> effect)
    {
        try
        {
            await effect();
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            logger.LogWarning("Role {Step} skipped: Slack said {SlackError}", step, ex.Error);
        }
    }
}
