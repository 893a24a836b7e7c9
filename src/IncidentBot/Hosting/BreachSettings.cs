using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks each type's breach contact at start: it is DMed by its user ID, so a name or a channel there would leave the
/// contact unreminded until the first reminder failed.
/// </summary>
public static partial class BreachSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (key, type) in options.Types)
        {
            if (type.BreachContact is { } contact && !string.IsNullOrWhiteSpace(contact) && !UserId().IsMatch(contact.Trim()))
            {
                yield return $"{prefix}__Types__{key}__BreachContact \"{contact}\" is not a Slack user ID: use one such as U0123ABCD " +
                    "(the member's profile, ⋮, Copy member ID).";
            }
        }
    }

    [GeneratedRegex("^[UW][A-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();
}
