using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>The <c>incidents</c> table row as Dapper reads it; mapped to <see cref="Incident"/> in one place.</summary>
internal sealed class IncidentRow
{
    public long Id { get; set; }
    public long Number { get; set; }
    public string Title { get; set; } = "";
    public string Severity { get; set; } = "";
    public string Status { get; set; } = "";
    public string Stage { get; set; } = "";
    public long IsPrivate { get; set; }
    public string DeclaredBy { get; set; } = "";
    public long DeclaredAt { get; set; }
    public string? Summary { get; set; }
    public string? Impact { get; set; }
    public string? ChannelId { get; set; }
    public string? ChannelName { get; set; }
    public string? BriefTs { get; set; }
    public string? FeedTs { get; set; }
    public long? LastUpdateAt { get; set; }
    public long UpdateCount { get; set; }
    public long? MitigatedAt { get; set; }
    public long? ResolvedAt { get; set; }
    public long? RelatedNumber { get; set; }
    public long? PossiblyRelatedNumber { get; set; }

    public Incident ToIncident(IReadOnlyDictionary<string, string> roles) => new()
    {
        Id = Id,
        Number = (int)Number,
        Title = Title,
        SeverityKey = Severity,
        Status = Enum.Parse<IncidentStatus>(Status),
        Stage = Enum.Parse<IncidentStage>(Stage),
        IsPrivate = IsPrivate != 0,
        DeclaredBy = DeclaredBy,
        DeclaredAt = UnixTime.FromUnixMs(DeclaredAt),
        Summary = Summary,
        Impact = Impact,
        ChannelId = ChannelId,
        ChannelName = ChannelName,
        BriefTs = BriefTs,
        FeedTs = FeedTs,
        LastUpdateAt = UnixTime.FromUnixMs(LastUpdateAt),
        UpdateCount = (int)UpdateCount,
        MitigatedAt = UnixTime.FromUnixMs(MitigatedAt),
        ResolvedAt = UnixTime.FromUnixMs(ResolvedAt),
        RelatedNumber = RelatedNumber is { } r ? (int)r : null,
        PossiblyRelatedNumber = PossiblyRelatedNumber is { } p ? (int)p : null,
        Roles = roles,
    };
}
