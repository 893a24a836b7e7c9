namespace IncidentBot.Slack.Api;

/// <summary>A view (modal or home tab) as returned by <c>views.open</c> / <c>views.update</c>.</summary>
public sealed record SlackView(string Id, string? Hash);
