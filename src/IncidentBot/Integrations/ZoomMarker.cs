using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Integrations;

/// <summary>
/// The marker the bot puts in the agenda of each Zoom meeting it creates, <c>[incidentbot:42]</c>, so that a meeting
/// created by a call whose answer never arrived can be recognised in Zoom's listing afterwards. It is short: Zoom cuts
/// agendas to 250 characters in its listing.
/// </summary>
public static partial class ZoomMarker
{
    /// <summary>The marker naming <paramref name="incidentId"/>.</summary>
    public static string For(long incidentId) => $"[incidentbot:{incidentId.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Whether <paramref name="agenda"/> carries the marker naming <paramref name="incidentId"/> (and not one naming another incident).</summary>
    public static bool Names(string? agenda, long incidentId) =>
        agenda is not null && Pattern().Matches(agenda).Any(m => m.Groups[1].Value == incidentId.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\[incidentbot:([0-9]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
