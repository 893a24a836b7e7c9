using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Opens the update or change-severity modal with a trigger, inside Slack's 3-second window, in the words of whoever
/// asked for it. The update form is the initial assessment while that is outstanding, and opens with what happened
/// since the previous update (from the timeline) and the previous update's root cause, scope and next steps; a public
/// incident's form also has the status page's fields.
/// </summary>
public sealed class UpdateModalOpener(
    ISlackApi slack, SeverityLadder ladder, CadenceStore cadence, TimelineStore timeline, UpdateStore updates, StatusPageService statusPage,
    ComponentCatalog components, ILogger<UpdateModalOpener> logger)
{
    /// <summary>Opens the update modal; returns what to tell the user when it could not be opened.</summary>
    public async Task<string?> OpenUpdateAsync(Words words, string? triggerId, Incident incident, CancellationToken ct)
    {
        var severity = ladder.For(incident);
        var state = await cadence.GetAsync(incident.Id, ct);
        var previous = incident.UpdateCount > 0 ? await updates.GetAsync(incident.Id, incident.UpdateCount, ct) : null;
        var since = SinceLastUpdate.Bullets(await timeline.ListAsync(incident.Id, ct), previous?.PostedAt ?? incident.DeclaredAt, UpdateModal.LongTextMax);
        var form = new UpdateForm(AssessmentPolicy.IsOutstanding(incident, severity, state), since, previous);
        var publish = PublicRecord.MayPublish(incident) ? await PublicFormAsync(words, incident, ct) : null;
        return await OpenAsync(words, triggerId, UpdateModal.Build(words, incident, severity, form, publish), "update", ct);
    }

    /// <summary>The status page's fields: prefilled from the customer template when the stage the status suggests is news to customers.</summary>
    private async Task<PublicForm> PublicFormAsync(Words words, Incident incident, CancellationToken ct)
    {
        var stage = PublicStages.For(incident.Status);
        var published = await statusPage.MessagesAsync(incident.Id, ct);
        var prefill = published.Count == 0 || published[0].Stage != stage ? PublicFormBlocks.Template(words, stage) : null;
        return new PublicForm(components, await statusPage.ComponentsAsync(incident.Id, ct), stage, prefill);
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
