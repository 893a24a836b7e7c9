using System.Globalization;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Web;

/// <summary>
/// The list's query string as the reader typed it (kept to fill the form again) and, when every part is understood, the
/// filter it asks for: <c>status</c> (open, closed, all), <c>severity</c>, <c>type</c>, <c>service</c>, <c>from</c> and
/// <c>to</c> (dates, <c>yyyy-MM-dd</c>, both days included, in the reader's zone) and <c>q</c> (words).
/// </summary>
public sealed record IncidentListQuery(string? Status, string? Severity, string? Type, string? Service, string? From, string? To, string? Q)
{
    /// <summary>The longest search or service text read; longer input is cut here.</summary>
    public const int MostChars = 200;

    /// <summary>The filter asked for, or null when a part is not understood (the page answers 400 with the usage).</summary>
    public IncidentListFilter? ToFilter(SeverityLadder ladder, IncidentTypeCatalog types, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(zone);
        bool? open;
        switch (Blank(Status))
        {
            case null or "all": open = null; break;
            case "open": open = true; break;
            case "closed": open = false; break;
            default: return null;
        }

        Severity? severity = null;
        IncidentType? type = null;
        if ((Blank(Severity) is { } s && !ladder.TryParse(s, out severity)) || (Blank(Type) is { } t && !types.TryParse(t, out type)))
        {
            return null;
        }

        if (!TryDay(From, out var from) || !TryDay(To, out var to) || (from is { } f && to is { } u && u < f))
        {
            return null;
        }

        return new IncidentListFilter(open, severity?.Key)
        {
            TypeKey = type?.Key,
            Service = Cut(Blank(Service)),
            From = from is { } first ? StartOfDay(first, zone) : null,
            Until = to is { } last ? StartOfDay(last.AddDays(1), zone) : null,
            Search = SearchWords.Parse(Cut(Q)),
        };
    }

    /// <summary>The day <paramref name="text"/> names; true and null when it is blank.</summary>
    private static bool TryDay(string? text, out DateTime? day)
    {
        day = null;
        if (Blank(text) is not { } typed)
        {
            return true;
        }

        if (!DateTime.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        day = date;
        return true;
    }

    private static DateTimeOffset StartOfDay(DateTime date, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Cut(string? text) => text is { Length: > MostChars } ? text[..MostChars] : text;
}
