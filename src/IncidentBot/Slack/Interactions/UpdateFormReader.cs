using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;
using static IncidentBot.Slack.Messages.UpdateTemplateBlocks;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Reads the update form's template fields: the root cause's state, the scope, the assessment's answers and the next
/// steps with their owners. Every problem is an error on its own input, in the submitter's words: in the initial
/// assessment an unanswered question, anywhere a step without an owner or an owner without a step.
/// </summary>
public static class UpdateFormReader
{
    public static (UpdateDetails Details, Dictionary<string, string> Errors) Read(Words words, InteractionPayload payload, bool assessment)
    {
        var errors = new Dictionary<string, string>();
        var state = Enum.TryParse<RootCauseState>(payload.SelectedValue(RootCauseStateBlock), out var s) && States.Contains(s) ? s : (RootCauseState?)null;
        if (assessment)
        {
            foreach (var block in new[] { ServicesBlock, CustomersBlock, RevenueBlock, SlaRiskBlock }.Where(b => string.IsNullOrWhiteSpace(payload.TextValue(b))))
            {
                errors[block] = words["update_form.error.assessment_answer"];
            }

            if (state is null)
            {
                errors[RootCauseStateBlock] = words["update_form.error.root_cause_state"];
            }
        }

        var details = new UpdateDetails
        {
            SinceLast = payload.TextValue(UpdateModal.SinceLastBlock), RootCause = state,
            Services = payload.TextValue(ServicesBlock), Customers = payload.TextValue(CustomersBlock),
            RevenueImpact = payload.TextValue(RevenueBlock), SlaRisk = payload.TextValue(SlaRiskBlock),
            Steps = ReadSteps(words, payload, errors), Assessment = assessment,
        };
        return (details, errors);
    }

    private static List<NextStep> ReadSteps(Words words, InteractionPayload payload, Dictionary<string, string> errors)
    {
        var steps = new List<NextStep>();
        for (var row = 1; row <= StepRows; row++)
        {
            var text = payload.TextValue(StepBlock(row))?.Trim();
            var owner = payload.SelectedValue(OwnerBlock(row)) is { } picked && IsUserId(picked) ? picked : null;
            if (string.IsNullOrEmpty(text))
            {
                if (owner is not null)
                {
                    errors[StepBlock(row)] = words["update_form.error.step_text"];
                }

                continue;
            }

            if (owner is null)
            {
                errors[OwnerBlock(row)] = words["update_form.error.step_owner"];
                continue;
            }

            steps.Add(new NextStep(text, owner));
        }

        return steps;
    }

    /// <summary>What a person picker gives: a user ID (<c>U…</c>, <c>W…</c>), never anything a mention could be built from otherwise.</summary>
    private static bool IsUserId(string value) =>
        value.Length is > 1 and <= 32 && value[0] is 'U' or 'W' && value.Skip(1).All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');
}
