using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>What a paced member is told: how many they have had, and when they may try again.</summary>
public static class PaceAnswers
{
    /// <summary>For an ephemeral answer: the wait, and the time in the reader's zone.</summary>
    public static string Answer(Words words, PaceRefusal refusal) =>
        Say(words, refusal, words.Text("pace.at", ("time", SlackText.Time(refusal.RetryAt))));

    /// <summary>Plain text, for a form's field error, where Slack formats nothing.</summary>
    public static string Plain(Words words, PaceRefusal refusal) => Say(words, refusal, "");

    private static string Say(Words words, PaceRefusal refusal, string at)
    {
        var window = ("window", (object?)words.Duration(refusal.Window));
        var wait = ("wait", (object?)words.Duration(RoundUp(refusal.RetryIn)));
        return refusal.Action == PacedAction.Declare
            ? words.Text("pace.declare", ("incidents", words.Count("unit.incidents", refusal.Count)), window, wait, ("at", at))
            : words.Text("pace.recompile", ("recompiles", words.Count("pace.recompiles", refusal.Count)), window, wait, ("at", at));
    }

    /// <summary>Never earlier than true: whole seconds under a minute, whole minutes above.</summary>
    private static TimeSpan RoundUp(TimeSpan span)
    {
        var unit = span <= TimeSpan.FromMinutes(1) ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1);
        return TimeSpan.FromTicks((span.Ticks + unit.Ticks - 1) / unit.Ticks * unit.Ticks);
    }
}
