namespace IncidentBot.Core.Configuration;

/// <summary>
/// Linear (<c>IncidentBot__Linear__…</c>): the API key the bot files issues with, the team they are filed in, the
/// GraphQL endpoint, the action-item priorities filed automatically, and how often filed issues are checked for being
/// completed. Off until the key and the team are both set.
/// </summary>
public sealed class LinearOptions
{
    public const string DefaultBaseUrl = "https://api.linear.app/graphql";

    /// <summary>A personal API key (sent as the <c>Authorization</c> header as it is).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The id (UUID) of the team issues are filed in.</summary>
    public string? TeamId { get; set; }

    /// <summary>The GraphQL endpoint.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Action-item priorities filed as soon as the item is added (<c>p0,p1</c>); none: only with the File ticket button.</summary>
    public IReadOnlyList<string> AutoPriorities { get; set; } = [];

    /// <summary>How often open issues are checked for being completed or canceled in Linear.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsOn => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(TeamId);

    /// <summary>Whether an item of <paramref name="priority"/> is filed without being asked.</summary>
    public bool FilesAutomatically(string priority) =>
        IsOn && AutoPriorities.Any(p => string.Equals(p, priority, StringComparison.OrdinalIgnoreCase));
}
