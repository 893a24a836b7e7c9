namespace IncidentBot.Core.Integrations;

/// <summary>One integration as <c>/incident integrations</c> shows it: whether its settings switch it on, and its last call (null: none yet).</summary>
public sealed record IntegrationState(string Name, string Title, bool On, IntegrationCall? LastCall);
