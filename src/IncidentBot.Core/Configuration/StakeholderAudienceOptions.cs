namespace IncidentBot.Core.Configuration;

/// <summary>
/// One stakeholder audience (<c>IncidentBot:Stakeholders:&lt;name&gt;:*</c>): executives, support, account managers. It
/// hears about the incidents of its <see cref="Severities"/> (none listed: every rung with a stakeholder cadence) in its
/// <see cref="Channels"/> and by DM to the members of its <see cref="UserGroups"/>; about private incidents only when
/// <see cref="Private"/> says so; and with support's talking points when <see cref="TalkingPoints"/> says so.
/// </summary>
public sealed class StakeholderAudienceOptions
{
    /// <summary>Channel IDs (<c>C…</c>, <c>G…</c>) the executive summary is posted in.</summary>
    public IReadOnlyList<string> Channels { get; set; } = [];

    /// <summary>User group IDs (<c>S…</c>) whose members each get the executive summary by DM.</summary>
    public IReadOnlyList<string> UserGroups { get; set; } = [];

    /// <summary>Severity keys it hears about; empty: every rung with a stakeholder cadence.</summary>
    public IReadOnlyList<string> Severities { get; set; } = [];

    /// <summary>Whether it hears about private incidents too.</summary>
    public bool Private { get; set; }

    /// <summary>Whether it is support: talking points, and word to stop creating tickets once the incident is mitigated.</summary>
    public bool TalkingPoints { get; set; }
}
