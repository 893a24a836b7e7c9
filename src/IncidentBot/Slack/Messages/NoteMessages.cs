using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The answers to <c>/incident note</c>, in the words of the person who wrote it.</summary>
public static class NoteMessages
{
    public static string Usage(Words words) => words["notes.usage"];

    public static string Empty(Words words) => words.Text("notes.empty", ("usage", Usage(words)));

    public static string BadTime(Words words, string problem, string zone) =>
        words.Text("notes.bad_time", ("problem", problem), ("zone", zone), ("usage", Usage(words)));

    public static string Added(Words words, DateTimeOffset at, string text) =>
        words.Text("notes.added", ("time", SlackText.Date(at)), ("text", PersonText.Mrkdwn(SlackText.Truncate(text, 300))));
}
