using IncidentBot.Core.StatusPage;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// What the update form's status-page fields open with: the configured components and the ones the incident affects,
/// the public stage its status suggests, and the public message prefilled from the practice's customer template for that
/// stage, when customers have not been told of that stage yet (null otherwise: an unchanged field publishes nothing).
/// </summary>
public sealed record PublicForm(ComponentCatalog Catalog, IReadOnlyDictionary<string, ComponentState> Affected, PublicStage Stage, string? Prefill);
