namespace IncidentBot.Core.Incidents;

/// <summary>An open incident's number and its title's stored words, for spotting a duplicate declaration.</summary>
public sealed record OpenTitle(int Number, string Words);
