using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Opens the roles modal with a trigger (the command's or the button's), inside Slack's 3-second window, in the words of
/// the person who asked.
/// </summary>
public sealed class RolesModalOpener(ISlackApi slack, RoleCatalog roles, ILogger<RolesModalOpener> logger)
{
    /// <summary>Null when the modal opened; otherwise what to tell the person, in <paramref name="words"/> (theirs).</summary>
    public async Task<string?> OpenAsync(Words words, string? triggerId, Incident incident, CancellationToken ct)
    {
        if (triggerId is null)
        {
            return RoleMessages.ModalFailed(words, "missing trigger_id");
        }

        var metadata = new RolesModalMetadata(incident.Id, new Dictionary<string, string>(incident.Roles)).Serialize();
        try
        {
            await slack.OpenViewAsync(triggerId, RolesModal.Build(words, incident, roles, metadata), ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("views.open for the roles modal failed: {SlackError}", ex.Error);
            return RoleMessages.ModalFailed(words, ex.Error);
        }
    }
}
