using IncidentBot.Core.Texts;
using IncidentBot.Oncall;

namespace IncidentBot.Integrations;

/// <summary>The <c>pagerduty</c> rotation's part of <c>/incident oncall</c>: the schedule, then who is on call or why nobody could be read.</summary>
public static class PagerDutyOncallAnswer
{
    /// <summary>What the command answers at once, while PagerDuty is asked from the work queue.</summary>
    public static string Looking(Words words, string scheduleId)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Text("pagerduty.oncall.list.header", ("schedule", scheduleId)) + "\n" + words["pagerduty.oncall.list.looking"];
    }

    /// <summary>The answer once PagerDuty was asked.</summary>
    public static string Describe(Words words, string scheduleId, PagerDutyOnCall onCall)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(onCall);
        var lines = new List<string> { words.Text("pagerduty.oncall.list.header", ("schedule", scheduleId)) };
        if (onCall.Unread is { } detail)
        {
            lines.Add(words.Text("pagerduty.oncall.list.failed", ("detail", detail)));
            return string.Join("\n", lines);
        }

        if (onCall.UserIds.Count > 0)
        {
            lines.Add(words.Text("pagerduty.oncall.list.now", ("users", OncallAnswers.People(onCall.UserIds))));
        }

        if (onCall.Problem is { } problem)
        {
            lines.Add(words.Text("pagerduty.oncall.list.problem", ("why", problem)));
        }

        return string.Join("\n", lines);
    }
}
