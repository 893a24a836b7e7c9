using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// The tracker action items are filed in: Jira or Linear, whichever is configured (the settings check refuses both at
/// once), or none. Its name is the one stored with each ticket (<c>action_item_tickets.tracker</c>).
/// </summary>
public static class TicketTracker
{
    public const string Jira = "jira";
    public const string Linear = "linear";

    /// <summary>The configured tracker's name; null when neither is on.</summary>
    public static string? Of(IncidentBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Jira.IsOn ? Jira : options.Linear.IsOn ? Linear : null;
    }

    public static bool IsOn(IncidentBotOptions options) => Of(options) is not null;

    /// <summary>Whether the configured tracker files an item of <paramref name="priority"/> without being asked.</summary>
    public static bool FilesAutomatically(IncidentBotOptions options, string priority) => Of(options) switch
    {
        Jira => options.Jira.FilesAutomatically(priority),
        Linear => options.Linear.FilesAutomatically(priority),
        _ => false,
    };

    /// <summary>The catalogue key of <paramref name="key"/>'s wording for <paramref name="tracker"/>: <c>tickets.linear.…</c> for Linear, <c>tickets.…</c> otherwise.</summary>
    public static string TextKey(string? tracker, string key) =>
        tracker == Linear ? "tickets.linear." + key : "tickets." + key;
}
