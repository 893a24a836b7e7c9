using System.Text;

namespace IncidentBot.Integrations;

/// <summary>
/// The JQL that finds the bot's own issue for an action item again: the project, and the summary as a phrase
/// (<c>summary ~ "\"…\""</c>), oldest first. Jira's text search ignores punctuation and rejects the characters its query
/// syntax reserves unless escaped, so those become spaces in the phrase; the words are what it matches, and the caller
/// compares the summaries it gets back exactly.
/// </summary>
public static class JiraSearch
{
    /// <summary>Issues read per lookup: one action item's summary is matched by a handful at most.</summary>
    public const int PageSize = 50;

    /// <summary>The quote and the characters Jira's text search reserves (its documented list, and <c>/</c>).</summary>
    private const string Reserved = "\"\\+-&|!(){}[]^~*?:/";

    public static string SummaryQuery(string project, string summary)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(summary);
        return $"project = \"{Phrase(project)}\" AND summary ~ \"\\\"{Phrase(summary)}\\\"\" ORDER BY created ASC";
    }

    /// <summary>The text with reserved characters and line breaks turned into single spaces.</summary>
    public static string Phrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrase = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c) || Reserved.Contains(c, StringComparison.Ordinal);
            if (!blank)
            {
                phrase.Append(c);
            }
            else if (phrase.Length > 0 && phrase[^1] != ' ')
            {
                phrase.Append(' ');
            }
        }

        return phrase.ToString().TrimEnd();
    }
}
