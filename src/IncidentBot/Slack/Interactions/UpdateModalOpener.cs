using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Opens the update or change-severity modal with a trigger, inside Slack's 3-second window, in the words of whoever
/// asked for it.
/// </summary>
public sealed class UpdateModalOpener(ISlackApi slack, SeverityLadder ladder, ILogger<UpdateModalOpener> logger)
{
    /// <summary>Opens the update modal; returns what to tell the user when it could not be opened.</summary>
    public Task<string?> OpenUpdateAsync(Words words, string? triggerId, Incident incident, CancellationToken ct)
    {
        var severity = ladder.For(incident);
        var view = UpdateModal.Build(words, incident, severity, CadencePolicy.IsInitialAssessment(incident, severity));
        return OpenAsync(words, triggerId, view, "update", ct);
    }

    public Task<string?> OpenSeverityAsync(Words words, string? triggerId, Incident incident, CancellationToken ct) =>
        OpenAsync(words, triggerId, SeverityModal.Build(words, incident, ladder), "severity", ct);

    private async Task<string?> OpenAsync(Words words, string? triggerId, System.Text.Json.Nodes.JsonObject view, string form, CancellationToken ct)
    {
        var formName = words[$"interaction.form.{form}"];
        if (triggerId is null)
        {
            return $"{words.Text("interaction.open_failed.no_trigger", ("form", formName))} {CadenceAnswers.UpdateUsage(words)}";
        }

        try
        {
            await slack.OpenViewAsync(triggerId, view, ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("views.open for the {Form} modal failed: {SlackError}", form, ex.Error);
            return $"{words.Text("interaction.open_failed.slack", ("form", formName), ("error", ex.Error))} {CadenceAnswers.UpdateUsage(words)}";
        }
    }
}
