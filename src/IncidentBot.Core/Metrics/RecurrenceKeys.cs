using System.Text.RegularExpressions;

namespace IncidentBot.Core.Metrics;

/// <summary>
/// What makes two incidents the same problem again: a service in common (the update form's free-text services field,
/// split on commas, semicolons and new lines) and a root-cause tag in common (a <c>#word</c> written in the resolution's
/// root cause, e.g. <c>#config</c>). Both compare lower-cased.
/// </summary>
public static partial class RecurrenceKeys
{
    public static IReadOnlyList<string> Services(string? text) => (text ?? "")
        .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => s.ToLowerInvariant()).Where(s => s.Length is > 0 and <= 80).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Tags(string? text) => string.IsNullOrEmpty(text)
        ? []
        : Tag().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"(?<![\w&])#([\p{L}\p{N}][\p{L}\p{N}_\-]{0,39})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Tag();
}
