using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>What a paced member is told: how many they have had, and when they may try again.</summary>
public static class PaceAnswers
{
    /// <summary>For an ephemeral answer: the wait, and the time in the reader's zone.</summary>
    public static string Answer(PaceRefusal refusal) => $"{Plain(refusal)[..^1]} (at {SlackText.Time(refusal.RetryAt)}).";

    /// <summary>Plain text, for a form's field error, where Slack formats nothing.</summary>
    public static string Plain(PaceRefusal refusal)
    {
        var window = SlackText.Duration(refusal.Window);
        var wait = SlackText.Duration(RoundUp(refusal.RetryIn));
        return refusal.Action == PacedAction.Declare
            ? $"You have declared {Count(refusal.Count, "incident")} in the last {window}, as many as one person may, so that Slack " +
              $"keeps room to open channels for the incidents under way. Ask an admin, or try again in {wait}."
            : $"You have asked for {Count(refusal.Count, "post-mortem recompile")} in the last {window}, as many as one person may. " +
              $"Try again in {wait}.";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Never earlier than true: whole seconds under a minute, whole minutes above.</summary>
    private static TimeSpan RoundUp(TimeSpan span)
    {
        var unit = span <= TimeSpan.FromMinutes(1) ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1);
        return TimeSpan.FromTicks((span.Ticks + unit.Ticks - 1) / unit.Ticks * unit.Ticks);
    }
}
