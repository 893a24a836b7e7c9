namespace IncidentBot.Core.Policies;

/// <summary>What makes an incident title acceptable: trimmed, not empty, not over the limit.</summary>
public static class TitleRules
{
    public const int MaxLength = 150;

    /// <summary>Returns the trimmed title, or null with the reason it is refused.</summary>
    public static string? Validate(string? title, out string? problem)
    {
        var trimmed = string.Join(' ', (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        problem = trimmed.Length switch
        {
            0 => "The incident needs a title.",
            > MaxLength => $"The title is {trimmed.Length} characters; the limit is {MaxLength}.",
            _ => null,
        };
        return problem is null ? trimmed : null;
    }
}
