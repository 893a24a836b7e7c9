using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>Opens the update or change-severity modal with a trigger, inside Slack's 3-second window.</summary>
public sealed class UpdateModalOpener(ISlackApi slack, SeverityLadder ladder, ILogger<UpdateModalOpener> logger)
{
    /// <summary>Opens the update modal; returns what to tell the user when it could not be opened.</summary>
    public Task<string?> OpenUpdateAsync(string? triggerId, Incident incident, CancellationToken ct)
    {
        var severity = ladder.Get(incident.SeverityKey);
        return OpenAsync(triggerId, UpdateModal.Build(incident, severity, CadencePolicy.IsInitialAssessment(incident, severity)), "update", ct);
    }

    public Task<string?> OpenSeverityAsync(string? triggerId, Incident incident, CancellationToken ct) =>
        OpenAsync(triggerId, SeverityModal.Build(incident, ladder), "severity", ct);

    private async Task<string?> OpenAsync(string? triggerId, System.Text.Json.Nodes.JsonObject view, string form, CancellationToken ct)
    {
        if (triggerId is null)
        {
            return $"I couldn't open the {form} form (Slack sent no trigger_id). " + CadenceAnswers.UpdateUsage(Core.Texts.Words.English);
        }

        try
        {
            await slack.OpenViewAsync(triggerId, view, ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("views.open for the {Form} modal failed: {SlackError}", form, ex.Error);
            return $"I couldn't open the {form} form (Slack said `{ex.Error}`). " + CadenceAnswers.UpdateUsage(Core.Texts.Words.English);
        }
    }
}
