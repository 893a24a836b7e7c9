using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Texts;

/// <summary>
/// The catalogue in one language: what every message builder, Core service and answer takes to say anything. Besides
/// texts by key it says durations, dates, times and the configured severity labels and role names the way that language
/// does (<c>1 h 12 min</c> / <c>1 ч 12 мин</c>, <c>2 December</c> / <c>2 декабря</c>).
/// </summary>
public sealed class Words
{
    private readonly ITextCatalogue _catalogue;

    public Words(ITextCatalogue catalogue, Language language)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(language);
        _catalogue = catalogue;
        Language = language;
    }

    /// <summary>English from the shipped catalogue: for tests and for callers that have no configured language.</summary>
    public static Words English { get; } = new(TextCatalogue.Shipped, Language.English);

    /// <summary>Russian from the shipped catalogue.</summary>
    public static Words Russian { get; } = new(TextCatalogue.Shipped, Language.Russian);

    /// <summary>The shipped catalogue in <paramref name="language"/>.</summary>
    public static Words In(Language language) => language == Language.Russian ? Russian : language == Language.English ? English : new(TextCatalogue.Shipped, language);

    public Language Language { get; }

    public CultureInfo Culture => Language.Culture;

    /// <summary>The text for <paramref name="key"/>, which names no placeholders.</summary>
    public string this[string key] => _catalogue.Text(Language, key);

    /// <summary>The text for <paramref name="key"/> with its placeholders filled.</summary>
    public string Text(string key, params (string Name, object? Value)[] args) => _catalogue.Text(Language, key, args);

    /// <summary>The form of a counting text for <paramref name="count"/> (<c>1 минута, 2 минуты, 5 минут</c>).</summary>
    public string Count(string key, decimal count, params (string Name, object? Value)[] args) =>
        _catalogue.Text(Language, key, [("count", count), .. args]);

    public bool Has(string key) => _catalogue.Has(key);

    /// <summary>A duration as people say it: <c>45 s</c>, <c>3 min</c>, <c>1 h 12 min</c>, <c>3 d 4 h</c>.</summary>
    public string Duration(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return Text("duration.seconds", ("s", Math.Max(0, (int)span.TotalSeconds)));
        }

        var hours = (int)span.TotalHours;
        return hours switch
        {
            0 => Text("duration.minutes", ("m", span.Minutes)),
            < 48 => span.Minutes == 0 ? Text("duration.hours", ("h", hours)) : Text("duration.hours_minutes", ("h", hours), ("m", span.Minutes)),
            _ => Text("duration.days_hours", ("d", (int)span.TotalDays), ("h", span.Hours)),
        };
    }

    /// <summary><see cref="Duration(TimeSpan)"/>, or a dash for a duration that is not known.</summary>
    public string Duration(TimeSpan? span) => span is { } s ? Duration(s) : "—";

    /// <summary>A day as this language writes it in a sentence: <c>2 December 2026</c>, <c>2 декабря 2026</c>.</summary>
    public string Date(DateTimeOffset moment) => moment.ToString(this["format.date"], Culture);

    /// <summary>A day and time: <c>2 December 2026, 14:35</c>.</summary>
    public string DateTime(DateTimeOffset moment) => moment.ToString(this["format.date_time"], Culture);

    /// <summary>A time of day, 24-hour: <c>14:35</c>.</summary>
    public string Time(DateTimeOffset moment) => moment.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Items as a sentence lists alternatives: <c>a, b or c</c>, <c>a, b или c</c>.</summary>
    public string Either(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => Text("ladder.or", ("list", string.Join(this["ladder.joiner"], items.Take(items.Count - 1))), ("last", items[^1])),
        };
    }

    /// <summary>How a status reads: <c>Investigating</c>, <c>Расследуем</c>.</summary>
    public string Status(IncidentStatus status) => this[$"status.{status.ToString().ToLowerInvariant()}"];

    /// <summary>
    /// A severity's label in this language: the one configured for it (<c>…__Label__ru</c>), else the catalogue's
    /// translation while the label is still the default, else the label as configured.
    /// </summary>
    public string Label(Severity severity)
    {
        ArgumentNullException.ThrowIfNull(severity);
        if (severity.Labels.TryGetValue(Language.Code, out var configured))
        {
            return configured;
        }

        var key = $"severity.{severity.Key}.label";
        return DefaultLadder.Severities().TryGetValue(severity.Key, out var defaults) && defaults.Label == severity.Label && Has(key)
            ? this[key]
            : severity.Label;
    }

    /// <summary>A role's name in this language, chosen as <see cref="Label"/> chooses.</summary>
    public string RoleName(RoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return Pick(role.Names, role.Name, $"role.{role.Key}.name", DefaultLadder.KnownRole(role.Key)?.Name, DefaultName(role.Key));
    }

    /// <summary>A role's duty in this language, chosen as <see cref="Label"/> chooses.</summary>
    public string RoleDuty(RoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return Pick(role.Duties, role.Duty, $"role.{role.Key}.duty", DefaultLadder.KnownRole(role.Key)?.Duty, DefaultDuty(role.Key));
    }

    private string Pick(IReadOnlyDictionary<string, string> configured, string value, string key, string? defaultValue, string? builtIn)
    {
        if (configured.TryGetValue(Language.Code, out var text))
        {
            return text;
        }

        return (value == defaultValue || value == builtIn) && Has(key) ? this[key] : value;
    }

    // The commander the catalog adds when a team's roles leave it out.
    private static string? DefaultName(string key) => key == RoleCatalog.IncidentCommander ? RoleCatalog.AddedCommander.Name : null;

    private static string? DefaultDuty(string key) => key == RoleCatalog.IncidentCommander ? RoleCatalog.AddedCommander.Duty : null;
}
