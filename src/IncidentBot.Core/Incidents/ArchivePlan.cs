namespace IncidentBot.Core.Incidents;

/// <summary>When the channel's archive notice goes out and when the channel is archived.</summary>
public sealed record ArchivePlan(DateTimeOffset NoticeAt, DateTimeOffset ArchiveAt)
{
    public bool IsFor(ArchiveDue due) => ArchiveAt.ToUnixTimeMilliseconds() == due.ArchiveAtMs;
}
