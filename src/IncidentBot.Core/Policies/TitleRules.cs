using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Policies;

/// <summary>What makes an incident title acceptable: trimmed, not empty, not over the limit.</summary>
public static class TitleRules
{
    public const int MaxLength = 150;

    /// <summary>Returns the trimmed title, or null with the reason it is refused, in the words of the person who typed it.</summary>
    public static string? Validate(Words words, string? title, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(words);
        var trimmed = string.Join(' ', (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        problem = trimmed.Length switch
        {
            0 => words["policy.title.empty"],
            > MaxLength => words.Count("policy.title.too_long", trimmed.Length, ("max", MaxLength)),
            _ => null,
        };
        return problem is null ? trimmed : null;
    }
}
