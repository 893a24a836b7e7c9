using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>The immediate answers of cancel, merge and keep, in the asker's words.</summary>
public static class OutcomeAnswers
{
    public static CommandReply CancelUsage(Words words) =>
        CommandReply.Ephemeral(words["outcome.answer.cancel_reason"] + " " + words["outcome.answer.cancel_usage"]);

    public static CommandReply Cancelled(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("outcome.answer.cancelled", ("reference", incident.Reference)));

    /// <summary>For an incident that is resolved, cancelled or merged already.</summary>
    public static CommandReply Closed(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("outcome.answer.closed", ("reference", incident.Reference), ("status", ResolutionMessages.Status(words, incident))));

    /// <summary>The merge usage, after what was wrong with the text given.</summary>
    public static CommandReply MergeUsage(Words words, string problem) => CommandReply.Ephemeral(problem + " " + words["outcome.answer.merge_usage"]);

    public static CommandReply MergeNotANumber(Words words, string typed) => MergeUsage(words, typed.Length == 0
        ? words["outcome.answer.merge_which"]
        : words.Text("outcome.answer.merge_not_a_number", ("typed", SlackText.Escape(SlackText.Truncate(typed, 40)))));

    public static CommandReply MergeItself(Words words, Incident incident) =>
        MergeUsage(words, words.Text("outcome.answer.merge_self", ("reference", incident.Reference)));

    public static CommandReply MergeMissing(Words words, int number) =>
        MergeUsage(words, words.Text("outcome.answer.merge_missing", ("number", number)));

    public static CommandReply MergeTargetMerged(Words words, Incident target) => CommandReply.Ephemeral(
        words.Text("outcome.answer.merge_target_merged", ("target", target.Reference), ("number", target.MergedInto ?? 0)));

    public static CommandReply MergeTargetCancelled(Words words, Incident target) =>
        CommandReply.Ephemeral(words.Text("outcome.answer.merge_target_cancelled", ("target", target.Reference)));

    public static CommandReply Merged(Words words, Incident incident, Incident target) =>
        CommandReply.Ephemeral(words.Text("outcome.answer.merged", ("reference", incident.Reference), ("target", target.Reference)));

    public static CommandReply Kept(Words words) => CommandReply.Ephemeral(words["outcome.answer.kept"]);

    public static CommandReply AlreadyKept(Words words, string user) =>
        CommandReply.Ephemeral(words.Text("outcome.answer.already_kept", ("user", SlackText.User(user))));

    public static CommandReply Archived(Words words) => CommandReply.Ephemeral(words["outcome.answer.archived"]);

    public static CommandReply ArchiveOff(Words words) => CommandReply.Ephemeral(words["outcome.answer.archive_off"]);

    /// <summary>For <c>/incident postmortem</c> on a cancelled or merged incident.</summary>
    public static CommandReply NoPostmortem(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("outcome.answer.no_postmortem", ("reference", incident.Reference), ("status", ResolutionMessages.Status(words, incident))));
}
