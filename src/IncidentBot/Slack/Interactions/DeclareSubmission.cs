using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The declare modal's submission: validates each field (errors go back on that field, in the submitter's words), then
/// declares.
/// </summary>
public sealed class DeclareSubmission(
    IncidentService service, SeverityLadder ladder, IncidentTypeCatalog types, MemberPacer pacer, Wording wording, AlertService alerts,
    Core.StatusPage.ComponentCatalog components, RotationService rotations, IncidentBotOptions settings)
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

        // A form opened before the type picker existed has none: the default type.
        var typeKey = payload.SelectedValue(TypeFields.TypeBlock);
        var type = types.Default;
        if (typeKey is not null && !types.TryParse(typeKey, out type))
        {
            var words = await wording.ForAsync(payload, ct);
            return ViewSubmissionResult.Error(TypeFields.TypeBlock, words.Text("types.form.choose", ("keys", types.DescribeKeys(words))));
        }

        var detected = payload.SelectedValue(TypeFields.DetectedBlock);
        if (detected is not null && !DetectionSource.IsKnown(detected))
        {
            return ViewSubmissionResult.Error(TypeFields.DetectedBlock, (await wording.ForAsync(payload, ct))["types.form.detected_unknown"]);
        }

        if (payload.UserId is not { } user || payload.ViewId is not { } viewId)
        {
            return ViewSubmissionResult.Error(DeclareModal.TitleBlock, (await wording.ForAsync(payload, ct))["declare_form.error.no_user"]);
        }

        if (pacer.TryTake(PacedAction.Declare, user, $"view:{viewId}") is { } paced)
        {
            return ViewSubmissionResult.Error(DeclareModal.TitleBlock, PaceAnswers.Plain(await wording.ForAsync(payload, ct), paced));
        }

        var componentErrors = new Dictionary<string, string>();
        var affected = PublicFormReader.Components(Words.English, payload, components, componentErrors);
        if (componentErrors.Count > 0)
        {
            return ViewSubmissionResult.Error(PublicFormBlocks.ComponentsBlock, (await wording.ForAsync(payload, ct))["statuspage.form.error.component"]);
        }

        // A rotation picked on the form, else the one the severity or type names; the form lists only rotations that exist.
        var picked = payload.SelectedValue(Oncall.RotationField.Block);
        if (picked is not null && !(await rotations.PageableAsync(ct)).Contains(picked))
        {
            return ViewSubmissionResult.Error(Oncall.RotationField.Block, (await wording.ForAsync(payload, ct))["oncall.answer.page_unknown_rotation"]);
        }

        var rotation = picked ?? OncallPolicy.RotationFor(settings, severity.Key, type.Key);
        var options = payload.SelectedValues(DeclareModal.OptionsBlock);
        var metadata = DeclareModalMetadata.Parse(payload.PrivateMetadata);
        var declared = await service.DeclareAsync(new DeclareRequest(
            $"view:{viewId}", title, severity, user,
            options.Contains(DeclareModal.PrivateOption), options.Contains(DeclareModal.CommanderOption),
            Blank(payload.TextValue(DeclareModal.SummaryBlock)), Blank(payload.TextValue(DeclareModal.ImpactBlock)),
            metadata.ResponseUrl, type, detected ?? (metadata.AlertId is null ? null : DetectionSource.Alert), affected, rotation), ct);
        if (metadata.AlertId is { } alertId)
        {
            await alerts.AttachAsync(alertId, declared.Incident.Id, user, ct);
        }

        return ViewSubmissionResult.Close;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
