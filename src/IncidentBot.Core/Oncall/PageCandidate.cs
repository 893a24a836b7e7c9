using System.Globalization;

namespace IncidentBot.Core.Oncall;

/// <summary>Someone a chain of pages will page, and why (stored as <c>secondary:U02</c>).</summary>
public sealed record PageCandidate(string UserId, PagePosition Position)
{
    public override string ToString() => $"{Position.ToString().ToLowerInvariant()}:{UserId}";

    public static IReadOnlyList<PageCandidate> ParseAll(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse).OfType<PageCandidate>().ToList();

    public static string Join(IEnumerable<PageCandidate> candidates) => string.Join(",", candidates);

    private static PageCandidate? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<PagePosition>(text[..colon], ignoreCase: true, out var position)
            ? new PageCandidate(text[(colon + 1)..].ToUpper(CultureInfo.InvariantCulture), position)
            : null;
    }
}
