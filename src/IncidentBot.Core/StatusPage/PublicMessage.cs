namespace IncidentBot.Core.StatusPage;

/// <summary>One message published for customers: its incident, the stage it was published at, its text, who and when.</summary>
public sealed record PublicMessage(long Id, long IncidentId, PublicStage Stage, string Text, string PostedBy, DateTimeOffset PostedAt);
