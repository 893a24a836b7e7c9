using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static IncidentBot.Slack.Messages.ModalElements;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The update form's template inputs: the root cause's state and text, the scope (services, customers; revenue impact
/// and SLA-breach risk in the initial assessment, where the scope and the root cause's state are required), and next
/// steps as rows of a step and its owner's person picker. Root cause, scope and next steps open with the previous
/// update's, to be edited.
/// </summary>
public static class UpdateTemplateBlocks
{
    public const string RootCauseStateBlock = "root_cause_state";
    public const string HypothesisBlock = "hypothesis";
    public const string ServicesBlock = "services";
    public const string CustomersBlock = "customers";
    public const string RevenueBlock = "revenue_impact";
    public const string SlaRiskBlock = "sla_risk";
    public const int StepRows = 3;
    public const int ScopeMax = 500;
    public const int StepMax = 300;

    public static string StepBlock(int row) => $"step_{row.ToString(CultureInfo.InvariantCulture)}";

    public static string OwnerBlock(int row) => $"step_{row.ToString(CultureInfo.InvariantCulture)}_owner";

    /// <summary>The states in the form's order, each with its catalogue key (<c>root_cause.known</c>).</summary>
    public static readonly RootCauseState[] States = [RootCauseState.Known, RootCauseState.Suspected, RootCauseState.UnderInvestigation];

    internal static string StateKey(RootCauseState state) => $"root_cause.{state.ToString().ToLowerInvariant()}";

    public static IEnumerable<JsonObject> RootCause(Words words, UpdateForm form)
    {
        var options = States.Select(s => Option(words[StateKey(s)], s.ToString())).ToList();
        var initial = form.Previous?.Details.RootCause is { } previous ? options[Array.IndexOf(States, previous)] : null;
        yield return Input(RootCauseStateBlock, words["update_form.root_cause_state"], Select(options, initial), optional: !form.Assessment);
        yield return Input(HypothesisBlock, words["update_form.hypothesis"],
            UpdateModal.Prefilled(TextInput(UpdateModal.LongTextMax, multiline: true), form.Previous?.Hypothesis), optional: true);
    }

    public static IEnumerable<JsonObject> Scope(Words words, UpdateForm form)
    {
        yield return Input(ServicesBlock, words["update_form.services"],
            UpdateModal.Prefilled(TextInput(ScopeMax, multiline: false, words["update_form.services_placeholder"]), form.Previous?.Details.Services), optional: !form.Assessment);
        yield return Input(CustomersBlock, words["update_form.customers"],
            UpdateModal.Prefilled(TextInput(ScopeMax, multiline: false, words["update_form.customers_placeholder"]), form.Previous?.Details.Customers), optional: !form.Assessment);
        if (form.Assessment)
        {
            yield return Input(RevenueBlock, words["update_form.revenue"], TextInput(ScopeMax, multiline: false, words["update_form.revenue_placeholder"]), optional: false);
            yield return Input(SlaRiskBlock, words["update_form.sla_risk"], TextInput(ScopeMax, multiline: false, words["update_form.sla_risk_placeholder"]), optional: false);
        }
    }

    public static IEnumerable<JsonObject> Steps(Words words, UpdateForm form)
    {
        var previous = form.Previous?.Details.Steps ?? [];
        for (var row = 1; row <= StepRows; row++)
        {
            var step = row <= previous.Count ? previous[row - 1] : null;
            var number = row.ToString(CultureInfo.InvariantCulture);
            yield return Input(StepBlock(row), words.Text("update_form.step", ("number", number)),
                UpdateModal.Prefilled(TextInput(StepMax, multiline: false, row == 1 ? words["update_form.step_placeholder"] : null), step?.Text), optional: true);
            yield return Input(OwnerBlock(row), words.Text("update_form.step_owner", ("number", number)), People(step?.Owner), optional: true);
        }
    }

    private static JsonObject People(string? initial)
    {
        var picker = new JsonObject { ["type"] = "users_select", ["action_id"] = ValueAction };
        if (initial is not null)
        {
            picker["initial_user"] = initial;
        }

        return picker;
    }
}
