using System.Text.Json.Nodes;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Integrations;

/// <summary>
/// <c>/incident integrations</c>: one line per integration, on or off, and its last call — when (in the reader's own
/// zone, by Slack's date token), whether it succeeded, and the status or failure recorded. Every word is the bot's own.
/// </summary>
public static class IntegrationsAnswer
{
    public static (string Text, JsonArray Blocks) Build(Words words, IReadOnlyList<IntegrationState> integrations)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(integrations);
        var title = words.Text("integrations.title", ("on", integrations.Count(i => i.On)), ("all", integrations.Count));
        var lines = integrations.Select(i => Line(words, i));
        return (title, Blocks.Array([Blocks.Section($"*{title}*"), Blocks.Section(string.Join('\n', lines)), Blocks.Context(words["integrations.legend"])]));
    }

    public static string Usage(Words words, string given)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Text("integrations.usage", ("typed", SlackText.Escape(SlackText.Truncate(given, 20))));
    }

    private static string Line(Words words, IntegrationState integration)
    {
        var state = words[integration.On ? "integrations.on" : "integrations.off"];
        var last = integration.LastCall is not { } call
            ? words["integrations.never"]
            : words.Text(call.Succeeded ? "integrations.succeeded" : "integrations.failed",
                ("when", SlackText.Date(call.CalledAt)), ("detail", Detail(words, call.Detail)));
        return words.Text("integrations.line", ("name", integration.Title), ("state", state), ("last", last));
    }

    /// <summary>
    /// The recorded detail in the reader's words: a status as it is, a failure's code from the catalogue (the English
    /// words earlier versions stored read as their codes), anything else as unknown.
    /// </summary>
    private static string Detail(Words words, string? detail) => detail switch
    {
        IntegrationCall.TimedOut or "timed out" => words["integrations.detail.timed_out"],
        IntegrationCall.Unreachable => words["integrations.detail.unreachable"],
        { Length: > 0 and <= 3 } status when status.All(char.IsAsciiDigit) => status,
        _ => "?",
    };
}
