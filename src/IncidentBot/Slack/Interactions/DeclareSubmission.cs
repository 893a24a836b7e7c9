using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The declare modal's submission: validates each field (errors go back on that field, in the submitter's words), then
/// declares.
/// </summary>
public sealed class DeclareSubmission(IncidentService service, SeverityLadder ladder, MemberPacer pacer, Wording wording, AlertService alerts)
    : IViewSubmissionHandler
{
    public string CallbackId => DeclareModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        var typed = payload.TextValue(DeclareModal.TitleBlock);
        if (TitleRules.Validate(Words.English, typed, out _) is not { } title)
        {
            // The submitter's language is looked up only when there is something to tell them.
            TitleRules.Validate(await wording.ForAsync(payload, ct), typed, out var problem);
            return ViewSubmissionResult.Error(DeclareModal.TitleBlock, problem!);
        }

        var severityKey = payload.SelectedValue(DeclareModal.SeverityBlock);
        if (!ladder.TryParse(severityKey, out var severity))
        {
            return ViewSubmissionResult.Error(DeclareModal.SeverityBlock, SeverityModal.ChooseOneOf(await wording.ForAsync(payload, ct), ladder));
        }

        if (payload.UserId is not { } user || payload.ViewId is not { } viewId)
        {
            return ViewSubmissionResult.Error(DeclareModal.TitleBlock, (await wording.ForAsync(payload, ct))["declare_form.error.no_user"]);
        }

        if (pacer.TryTake(PacedAction.Declare, user, $"view:{viewId}") is { } paced)
        {
            return ViewSubmissionResult.Error(DeclareModal.TitleBlock, PaceAnswers.Plain(await wording.ForAsync(payload, ct), paced));
        }

        var options = payload.SelectedValues(DeclareModal.OptionsBlock);
        var metadata = DeclareModalMetadata.Parse(payload.PrivateMetadata);
        var declared = await service.DeclareAsync(new DeclareRequest(
            $"view:{viewId}", title, severity, user,
            options.Contains(DeclareModal.PrivateOption), options.Contains(DeclareModal.CommanderOption),
            Blank(payload.TextValue(DeclareModal.SummaryBlock)), Blank(payload.TextValue(DeclareModal.ImpactBlock)),
            metadata.ResponseUrl), ct);
        if (metadata.AlertId is { } alertId)
        {
            await alerts.AttachAsync(alertId, declared.Incident.Id, user, ct);
        }

        return ViewSubmissionResult.Close;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
