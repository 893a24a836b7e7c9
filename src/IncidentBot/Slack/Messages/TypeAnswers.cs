using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>Answers about incident types, in the asker's words.</summary>
public static class TypeAnswers
{
    /// <summary><c>--type</c> with no key, or one that is not configured: the types there are, and how to name one.</summary>
    public static CommandReply UnknownType(Words words, string? typed, IncidentTypeCatalog types)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(types);
        var keys = types.DescribeKeys(words);
        return CommandReply.Ephemeral(typed is null
            ? words.Text("types.answer.missing", ("keys", keys))
            : words.Text("types.answer.unknown", ("typed", SlackText.Escape(SlackText.Truncate(typed, 40))), ("keys", keys)));
    }
}
