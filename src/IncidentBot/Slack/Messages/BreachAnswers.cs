using IncidentBot.Core.Breaches;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The answers to <c>/incident breach</c>, in the words of the person who typed it.</summary>
public static class BreachAnswers
{
    public static string Usage(Words words, string typed) => typed.Length == 0
        ? words["security.answer.usage"]
        : words.Text("security.answer.unknown", ("typed", PersonText.Mrkdwn(SlackText.Truncate(typed, 40))), ("usage", words["security.answer.usage"]));

    public static string BadDetails(Words words, BreachDecision decision, int length, int max) => length == 0
        ? words.Text(decision == BreachDecision.Notified ? "security.answer.needs_details" : "security.answer.needs_reason", ("usage", words["security.answer.usage"]))
        : words.Text("security.answer.too_long", ("length", length), ("max", max));

    public static string Recorded(Words words, BreachDecision decision, string details, bool clockStopped)
    {
        var recorded = words.Text(decision == BreachDecision.Notified ? "security.answer.notified" : "security.answer.not_required",
            ("details", PersonText.Mrkdwn(SlackText.Truncate(details, 300))));
        return clockStopped ? recorded + " " + words["security.answer.clock_stopped"] : recorded;
    }
}
