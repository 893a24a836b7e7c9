namespace IncidentBot.Core.Incidents;

/// <summary>One incident as stored, with its current role holders.</summary>
public sealed record Incident
{
    public required long Id { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string SeverityKey { get; init; }
    public required IncidentStatus Status { get; init; }
    public IncidentStage Stage { get; init; } = IncidentStage.Active;
    public required bool IsPrivate { get; init; }

    /// <summary>The incident type's key (<c>default</c>, <c>security</c>, …) as it was declared.</summary>
    public string Type { get; init; } = Configuration.DefaultTypes.DefaultKey;

    /// <summary>How it was detected (a <see cref="DetectionSource"/> key), when the declarer said.</summary>
    public string? DetectedVia { get; init; }
    public required string DeclaredBy { get; init; }
    public required DateTimeOffset DeclaredAt { get; init; }
    public string? Summary { get; init; }
    public string? Impact { get; init; }
    public string? ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public string? BriefTs { get; init; }
    public string? FeedTs { get; init; }
    public DateTimeOffset? LastUpdateAt { get; init; }
    public int UpdateCount { get; init; }
    public DateTimeOffset? MitigatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public int? RelatedNumber { get; init; }
    public int? PossiblyRelatedNumber { get; init; }
    public IReadOnlyDictionary<string, string> Roles { get; init; } = new Dictionary<string, string>();

    /// <summary>Numbers of incidents linked with <c>/incident link</c>, either way round.</summary>
    public IReadOnlyList<int> Links { get; init; } = [];

    public int OpenActionCount { get; init; }

    /// <summary>How it was closed when that was not a resolution: cancelled or merged; null otherwise.</summary>
    public IncidentOutcome? Outcome { get; init; }

    /// <summary>Why it was cancelled, as given with <c>/incident cancel</c>.</summary>
    public string? OutcomeReason { get; init; }

    /// <summary>The number of the incident it was merged into.</summary>
    public int? MergedInto { get; init; }

    /// <summary>Who asked, with <c>/incident keep</c>, that its channel is never archived.</summary>
    public string? ArchiveKeptBy { get; init; }

    /// <summary>When the bot archived its channel.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary><c>INC-42</c>.</summary>
    public string Reference => $"INC-{Number}";

    public bool IsOpen => Status != IncidentStatus.Resolved;

    public string? RoleHolder(string roleKey) => Roles.TryGetValue(roleKey, out var user) ? user : null;

    public string? Commander => RoleHolder(RoleCatalog.IncidentCommander);
}
