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
    public string IncidentType { get; set; } = Configuration.DefaultTypes.DefaultKey;
    public string? DetectedVia { get; set; }
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
    public string? Outcome { get; set; }
    public string? OutcomeReason { get; set; }
    public long? MergedInto { get; set; }
    public string? ArchiveKeptBy { get; set; }
    public long? ArchivedAt { get; set; }

    /// <summary>The incident's roles as <c>key␟user</c> pairs joined by <c>␞</c> (<see cref="IncidentStore"/>'s query).</summary>
    public string? RoleList { get; set; }

    /// <summary>Numbers this incident links to, comma-separated.</summary>
    public string? LinksOut { get; set; }

    /// <summary>Numbers of incidents that link to this one, comma-separated.</summary>
    public string? LinksIn { get; set; }

    public long OpenActions { get; set; }

    public const char PairSeparator = '\u001e';
    public const char KeyValueSeparator = '\u001f';

    public Incident ToIncident() => new()
    {
        Id = Id,
        Number = (int)Number,
        Title = Title,
        SeverityKey = Severity,
        Status = Enum.Parse<IncidentStatus>(Status),
        Stage = Enum.Parse<IncidentStage>(Stage),
        IsPrivate = IsPrivate != 0,
        Type = IncidentType,
        DetectedVia = DetectedVia,
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
        Roles = Roles(),
        Links = Links(),
        OpenActionCount = (int)OpenActions,
        Outcome = Outcome is { } outcome ? Enum.Parse<IncidentOutcome>(outcome) : null,
        OutcomeReason = OutcomeReason,
        MergedInto = MergedInto is { } m ? (int)m : null,
        ArchiveKeptBy = ArchiveKeptBy,
        ArchivedAt = UnixTime.FromUnixMs(ArchivedAt),
    };

    private Dictionary<string, string> Roles()
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (RoleList ?? "").Split(PairSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var split = pair.IndexOf(KeyValueSeparator, StringComparison.Ordinal);
            roles[pair[..split]] = pair[(split + 1)..];
        }

        return roles;
    }

    private List<int> Links() => $"{LinksOut},{LinksIn}".Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
}
