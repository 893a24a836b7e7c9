using System.Text;
using IncidentBot.Core.Breaches;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The post-mortem's "Breach notification" section, kept apart from the other sections and appended after them: the
/// deadline, what was recorded (authorities notified, or not required and why), by whom and when against the deadline,
/// and the reminders it took. Left out for an incident whose type has no clock and where nothing was recorded.
/// </summary>
public static class BreachFacts
{
    public static void Append(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Breach is not { HasFacts: true } breach)
        {
            return;
        }

        PostmortemCompiler.Heading(sb, words["security.postmortem.heading"]);
        var deadline = breach.Clock?.DeadlineFrom(input.Incident.DeclaredAt);
        if (breach.Clock is { } clock && deadline is { } due)
        {
            sb.Append("- ").AppendLine(words.Text("security.postmortem.deadline", ("deadline", Utc(words, due)), ("after", words.Duration(clock.NotifyAfter))));
        }

        sb.Append("- ").AppendLine(Decision(words, input, breach.State, deadline));
        if (breach.Clock is { Reminders.Count: > 0 } withMarks)
        {
            sb.Append("- ").AppendLine(words.Text("security.postmortem.reminders", ("count", breach.State.RemindersSent), ("max", withMarks.Reminders.Count)));
        }
    }

    private static string Decision(Words words, PostmortemInput input, BreachState state, DateTimeOffset? deadline)
    {
        if (state is not { Decision: { } decision, DecidedAt: { } at })
        {
            return words[state.DeadlineAnnouncedAt is null ? "security.postmortem.nothing" : "security.postmortem.nothing_deadline_passed"];
        }

        var what = words.Text(decision == BreachDecision.Notified ? "security.postmortem.notified" : "security.postmortem.not_required",
            ("details", MarkdownText.Readable(state.Details ?? "", input.Names)));
        var who = words.Text("security.postmortem.recorded", ("person", PostmortemCompiler.Person(words, input, state.DecidedBy)), ("at", Utc(words, at)));
        var timing = deadline is not { } due ? ""
            : at <= due ? words.Text("security.postmortem.before", ("left", words.Duration(due - at)))
            : words.Text("security.postmortem.late", ("late", words.Duration(at - due)));
        return what + who + timing;
    }

    private static string Utc(Words words, DateTimeOffset at) =>
        words.Text("postmortem.header.utc", ("time", words.DateTime(at.ToUniversalTime())));
}
