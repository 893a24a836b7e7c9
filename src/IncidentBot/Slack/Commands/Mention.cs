using System.Text.RegularExpressions;

namespace IncidentBot.Slack.Commands;

/// <summary>Slack's escaped user mentions in command text: <c>&lt;@U123|alice&gt;</c> or <c>&lt;@U123&gt;</c>.</summary>
public static partial class Mention
{
    /// <summary>The user id of a mention ending <paramref name="text"/>, and the text before it; null when none.</summary>
    public static string? Trailing(string text, out string before)
    {
        var match = AtEnd().Match(text.Trim());
        before = match.Success ? text.Trim()[..match.Index].Trim() : text.Trim();
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>A word that was meant as a mention but reached us as plain text (<c>@alice</c>).</summary>
    public static bool LooksLikePlainName(string word) => word.StartsWith('@') && word.Length > 1;

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    private static partial Regex AtEnd();
}
