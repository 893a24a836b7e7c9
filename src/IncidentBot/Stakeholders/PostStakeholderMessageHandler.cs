using System.Text.Json;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Stakeholders;

/// <summary>
/// Sends a recorded stakeholder message to each of its audiences: posted in the audience's channels in the workspace's
/// words, and by DM to each member of its user groups in their own words, each at most once. An audience removed from
/// the configuration since is skipped.
/// </summary>
public sealed class PostStakeholderMessageHandler(StakeholderAudiences audiences, ISlackApi slack, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => StakeholderWorkKinds.PostStakeholderMessage;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<StakeholderPayload>(item.Payload)!;
        foreach (var audience in audiences.All.Where(a => payload.Audiences.Contains(a.Name, StringComparer.Ordinal)))
        {
            var key = $"inc:{item.IncidentId}:stakeholders:{payload.Key}:{audience.Name}";
            foreach (var channel in audience.Channels)
            {
                await poster.ToAsync(channel, $"{key}:{channel}", StakeholderMessage.MetadataEventType,
                    StakeholderMessage.Build(wording.Workspace, payload.Summary, audience.TalkingPoints), ct);
            }

            foreach (var group in audience.UserGroups)
            {
                foreach (var member in await slack.ListUserGroupMembersAsync(group, ct))
                {
                    var words = await wording.ForAsync(member, ct);
                    await poster.ToAsync(member, $"{key}:{member}", StakeholderMessage.MetadataEventType,
                        StakeholderMessage.Build(words, payload.Summary, audience.TalkingPoints), ct);
                }
            }
        }
    }
}
