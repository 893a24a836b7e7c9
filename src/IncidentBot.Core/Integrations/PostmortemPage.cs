namespace IncidentBot.Core.Integrations;

/// <summary>The Confluence page an incident's post-mortem is published as, its own version, and the post-mortem version it holds.</summary>
public sealed record PostmortemPage(long IncidentId, string PageId, string Url, int PageVersion, int PostmortemVersion);
