namespace IncidentBot.Core.Incidents;

/// <summary>An open incident's number and title, for spotting a duplicate declaration.</summary>
public sealed record OpenTitle(int Number, string Title);
