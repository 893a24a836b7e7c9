using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>The immediate answers of resolve, reopen, link and postmortem, in one place.</summary>
public static class ResolutionAnswers
{
    /// <summary>
    /// "Only the IC (@alice) or an admin can resolve INC-3." Each action is a whole phrase in the catalogue, since
    /// languages place the incident differently around the verb.
    /// </summary>
    public static string Refused(Words words, PermissionDecision decision, IncidentAction action, Incident incident)
    {
        var who = decision.Commander is { } ic
            ? words.Text("resolve_answer.commander_named", ("commander", SlackText.User(ic)))
            : words["resolve_answer.commander"];
        var admins = decision.Admins.Count == 0 ? "" : words.Text("resolve_answer.or_admins", ("admins", string.Join(", ", decision.Admins.Select(SlackText.User))));
        var key = action switch
        {
            IncidentAction.Resolve => "resolve_answer.action.resolve",
            IncidentAction.Reopen => "resolve_answer.action.reopen",
            IncidentAction.CompleteReview => "resolve_answer.action.complete_review",
            IncidentAction.Cancel => "outcome.action.cancel",
            IncidentAction.Merge => "outcome.action.merge",
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Refusals name resolve, reopen, review completion, cancel and merge only."),
        };
        return words.Text("resolve_answer.refused", ("who", who), ("admins", admins), ("action", words.Text(key, ("reference", incident.Reference))));
    }

    public static CommandReply AlreadyResolved(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("resolve_answer.already_resolved", ("reference", incident.Reference)));

    /// <summary>For a resolve form submitted after someone else resolved the incident: what happened, and what to do instead.</summary>
    public static string ResolvedMeanwhile(Words words, Incident incident) => words.Text("resolve_answer.resolved_meanwhile", ("reference", incident.Reference));

    public static CommandReply NotResolved(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("resolve_answer.not_resolved", ("reference", incident.Reference)));

    public static CommandReply Reopened(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("resolve_answer.reopened", ("reference", incident.Reference)));

    public static CommandReply ModalFailed(Words words, string error) => CommandReply.Ephemeral(words.Text("resolve_answer.modal_failed", ("error", error)));

    /// <summary>The link usage, after what was wrong with the text given, if anything.</summary>
    public static CommandReply LinkUsage(Words words, string? problem = null) =>
        CommandReply.Ephemeral((problem is null ? "" : problem + " ") + words["resolve_answer.link_usage"]);

    /// <summary>The usage for text that names no incident: nothing typed, or something that is not a number.</summary>
    public static CommandReply LinkNotANumber(Words words, string typed) => LinkUsage(words, typed.Length == 0
        ? words["resolve_answer.link_which"]
        : words.Text("resolve_answer.link_not_a_number", ("typed", SlackText.Escape(SlackText.Truncate(typed, 40)))));

    public static CommandReply LinkToItself(Words words, Incident incident) =>
        LinkUsage(words, words.Text("resolve_answer.link_self", ("reference", incident.Reference)));

    public static CommandReply LinkMissing(Words words, int number) => LinkUsage(words, words.Text("resolve_answer.link_missing", ("number", number)));

    public static CommandReply Linked(Words words, Incident incident, int number, bool changed) => CommandReply.Ephemeral(
        words.Text(changed ? "resolve_answer.linked" : "resolve_answer.already_linked", ("reference", incident.Reference), ("number", number)));

    public static CommandReply PostmortemWhileOpen(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("resolve_answer.postmortem_while_open", ("reference", incident.Reference)));

    public static CommandReply PostmortemQueued(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("resolve_answer.postmortem_queued", ("reference", incident.Reference)));

    public static CommandReply PostmortemStarted(Words words, Incident incident) =>
        CommandReply.Ephemeral(words.Text("resolve_answer.postmortem_started", ("reference", incident.Reference)));

    public static CommandReply NoArguments(Words words, string name) => CommandReply.Ephemeral(words.Text("resolve_answer.no_arguments", ("name", name)));
}
