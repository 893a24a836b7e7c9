namespace IncidentBot.Core.Incidents;

/// <summary>Which resolution message to post: "resolved" or "reopened", for the incident's n-th resolution.</summary>
public sealed record ResolutionNotice(string Event, int Sequence)
{
    public const string Resolved = "resolved";
    public const string Reopened = "reopened";
}
