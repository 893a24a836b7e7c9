namespace IncidentBot.Core.Configuration;

/// <summary>The <c>IncidentBot:*</c> configuration section (the README's Configuration table).</summary>
public sealed class IncidentBotOptions
{
    public const string SectionName = "IncidentBot";

    public string? FeedChannel { get; set; }
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The workspace language (<c>en</c>, <c>ru</c>): what the bot posts where several people read it, and everyone's fallback.</summary>
    public string Language { get; set; } = "en";
    public IReadOnlyList<string> Admins { get; set; } = [];
    public string DefaultSeverity { get; set; } = "sev2";
    public TimeSpan RoleReminderDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How soon after declaring the ladder's two worst rungs want the initial assessment, and are reminded of it.</summary>
    public TimeSpan InitialAssessmentWithin { get; set; } = TimeSpan.FromMinutes(15);
    public IReadOnlyList<TimeSpan> PostmortemDueAfter { get; set; } = [TimeSpan.FromHours(24), TimeSpan.FromHours(48)];
    /// <summary>
    /// Business days (Monday to Friday in <see cref="TimeZone"/>) an action item without a due date of its own has to be
    /// done in before the post-mortem and its review reminders show it overdue.
    /// </summary>
    public int ActionItemsDueWithin { get; set; } = Incidents.ActionItemDeadline.DefaultBusinessDays;
    public string TimelineReaction { get; set; } = "pushpin";

    /// <summary>How long after an incident's life ended (review complete, cancelled, merged) its channel is archived; null: never.</summary>
    public TimeSpan? ArchiveAfter { get; set; }
    public int MaxTitleLength { get; set; } = 150;

    /// <summary>Declares one member (not an admin) may make per <see cref="DeclaresPerMemberWindow"/>; 0 turns pacing off.</summary>
    public int DeclaresPerMember { get; set; } = 5;
    public TimeSpan DeclaresPerMemberWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Post-mortem recompiles one member (not an admin) may ask for per window; 0 turns pacing off.</summary>
    public int RecompilesPerMember { get; set; } = 5;
    public TimeSpan RecompilesPerMemberWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long finished work, delivered event ids and effect records are kept before the daily pruning.</summary>
    public TimeSpan RetentionAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a claim on queued work lasts unless its holder renews it: how soon a dead replica's work is taken over.</summary>
    public TimeSpan WorkLease { get; set; } = Storage.WorkLease.DefaultDuration;

    /// <summary>How often each replica's scheduler checks in on PostgreSQL; one silent for twice this is taken for dead.</summary>
    public TimeSpan SchedulerCheckin { get; set; } = TimeSpan.FromSeconds(7.5);
    public Dictionary<string, SeverityOptions> Severities { get; set; } = DefaultLadder.Severities();
    public Dictionary<string, RoleOptions> Roles { get; set; } = DefaultLadder.Roles();

    /// <summary>The video call every incident channel is bookmarked with (<c>https://…</c>); unset: none.</summary>
    public string? VideoBridgeUrl { get; set; }

    /// <summary>Incident types by key (<c>IncidentBot__Types__&lt;key&gt;__…</c>); <c>default</c> and <c>security</c> always exist.</summary>
    public Dictionary<string, IncidentTypeOptions> Types { get; set; } = DefaultTypes.Types();

    /// <summary>Alert intake per source (<c>alertmanager</c>, <c>grafana</c>, <c>generic</c>); a source without a token has no endpoint.</summary>
    public Dictionary<string, HookOptions> Hooks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where alerts below the auto-declare threshold are posted for triage; unset: the feed channel.</summary>
    public string? TriageChannel { get; set; }

    /// <summary>How soon a triaged alert should be acknowledged; one reminder in its triage message's thread when it is not.</summary>
    public TimeSpan TriageAckWithin { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Stakeholder audiences by name (<c>IncidentBot__Stakeholders__&lt;name&gt;__…</c>); none: no stakeholder updates.</summary>
    public Dictionary<string, StakeholderAudienceOptions> Stakeholders { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The public status page (<c>IncidentBot__StatusPage__…</c>).</summary>
    public StatusPageOptions StatusPage { get; set; } = new();

    /// <summary>PagerDuty (<c>IncidentBot__PagerDuty__…</c>): off until its routing key or webhook secret is set.</summary>
    public PagerDutyOptions PagerDuty { get; set; } = new();

    /// <summary>Opsgenie (<c>IncidentBot__Opsgenie__…</c>): off until its API key or webhook secret is set.</summary>
    public OpsgenieOptions Opsgenie { get; set; } = new();

    /// <summary>Jira Cloud (<c>IncidentBot__Jira__…</c>): action items filed as tickets; off until its settings are present.</summary>
    public JiraOptions Jira { get; set; } = new();

    /// <summary>Linear (<c>IncidentBot__Linear__…</c>): action items filed as issues, instead of Jira; off until its settings are present.</summary>
    public LinearOptions Linear { get; set; } = new();

    /// <summary>Confluence Cloud (<c>IncidentBot__Confluence__…</c>): reviewed post-mortems published as pages; off until its settings are present.</summary>
    public ConfluenceOptions Confluence { get; set; } = new();

    /// <summary>Zoom (<c>IncidentBot__Zoom__…</c>): off until its account and client credentials are set.</summary>
    public ZoomOptions Zoom { get; set; } = new();

    /// <summary>A static video bridge, per severity or for all (<c>IncidentBot__Bridge__…</c>); <see cref="VideoBridgeUrl"/> when unset.</summary>
    public BridgeOptions Bridge { get; set; } = new();
    /// <summary>On-call rotations by name (<c>IncidentBot__Rotations__&lt;name&gt;__…</c>); severities and types name the one they page.</summary>
    public Dictionary<string, RotationOptions> Rotations { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
