namespace IncidentBot.Slack.Messages;

/// <summary>The answers to <c>/incident note</c>.</summary>
public static class NoteMessages
{
    public const string Usage = "`/incident note <text>`, or back-dated to earlier today: `/incident note @14:05 <text>`";

    public static string Empty() => $"What should the note say? Usage: {Usage}.";

    public static string BadTime(string problem, string zone) => $"{problem} Times are {zone}. Usage: {Usage}.";

    public static string Added(DateTimeOffset at, string text) =>
        $":memo: Added to the timeline at {SlackText.Date(at)}: {PersonText.Mrkdwn(SlackText.Truncate(text, 300))}";
}
