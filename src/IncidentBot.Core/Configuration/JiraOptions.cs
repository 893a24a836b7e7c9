namespace IncidentBot.Core.Configuration;

/// <summary>
/// Jira Cloud (<c>IncidentBot__Jira__…</c>): the site, the account and API token the bot files tickets as, the project
/// and issue type of the tickets, the action-item priorities filed automatically, and how often filed tickets are
/// checked for being closed. Off until the site, email, token and project are all set.
/// </summary>
public sealed class JiraOptions
{
    public const string DefaultIssueType = "Task";

    /// <summary>The Jira Cloud site, such as <c>https://example.atlassian.net</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The email of the Atlassian account the bot acts as (Basic authentication with <see cref="ApiToken"/>).</summary>
    public string? Email { get; set; }

    public string? ApiToken { get; set; }

    /// <summary>The key of the project tickets are filed in, such as <c>OPS</c>.</summary>
    public string? Project { get; set; }

    /// <summary>The name of the issue type tickets are filed as.</summary>
    public string IssueType { get; set; } = DefaultIssueType;

    /// <summary>Action-item priorities filed as soon as the item is added (<c>p0,p1</c>); none: only with the File ticket button.</summary>
    public IReadOnlyList<string> AutoPriorities { get; set; } = [];

    /// <summary>How often open tickets are checked for being done in Jira.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsOn =>
        !string.IsNullOrWhiteSpace(BaseUrl) && !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(ApiToken)
        && !string.IsNullOrWhiteSpace(Project);

    /// <summary>Whether an item of <paramref name="priority"/> is filed without being asked.</summary>
    public bool FilesAutomatically(string priority) =>
        IsOn && AutoPriorities.Any(p => string.Equals(p, priority, StringComparison.OrdinalIgnoreCase));
}
