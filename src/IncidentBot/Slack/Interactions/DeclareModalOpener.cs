using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>Opens the declare modal with the command's trigger, inside Slack's 3-second window, in the asker's words.</summary>
public sealed class DeclareModalOpener(
    ISlackApi slack, SeverityLadder ladder, IncidentTypeCatalog types, Core.StatusPage.ComponentCatalog components, RotationService rotations,
    IncidentBotOptions options, ILogger<DeclareModalOpener> logger)
{
    public async Task<CommandReply> OpenAsync(
        Words words, SlashCommand command, Severity severity, IncidentType type, string? title, bool isPrivate, CancellationToken ct)
    {
        if (command.TriggerId is null)
        {
            return CommandAnswers.ModalFailed(words, "missing trigger_id");
        }

        var metadata = new DeclareModalMetadata(command.ResponseUrl, command.ChannelId).Serialize();
        try
        {
            var rotation = OncallPolicy.RotationFor(options, severity.Key, type.Key);
            await slack.OpenViewAsync(command.TriggerId, DeclareModal.Build(words, ladder, severity, types, type, title, isPrivate || type.IsPrivate, metadata,
                components: components, rotations: await rotations.PageableAsync(ct), rotation: rotation), ct);
            return CommandReply.None;
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("views.open for the declare modal failed: {SlackError}", ex.Error);
            return CommandAnswers.ModalFailed(words, ex.Error);
        }
    }
}
