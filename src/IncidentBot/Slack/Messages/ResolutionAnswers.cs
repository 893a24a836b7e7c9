using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>The immediate answers of resolve, reopen, link and postmortem, in one place.</summary>
public static class ResolutionAnswers
{
    /// <summary>"Only the IC (@alice) or an admin can resolve INC-3."</summary>
    public static string Refused(PermissionDecision decision, string verb, Incident incident)
    {
        var who = decision.Commander is { } ic ? $"the Incident Commander ({SlackText.User(ic)})" : "the Incident Commander";
        var admins = decision.Admins.Count == 0 ? "" : " or an admin (" + string.Join(", ", decision.Admins.Select(SlackText.User)) + ")";
        return $"Only {who}{admins} can {verb} {incident.Reference}.";
    }

    public static CommandReply AlreadyResolved(Incident incident) => CommandReply.Ephemeral(
        $"{incident.Reference} is already resolved. To work on it again, use `/incident reopen`.");

    /// <summary>For a resolve form submitted after someone else resolved the incident: what happened, and what to do instead.</summary>
    public static string ResolvedMeanwhile(Incident incident) =>
        $"{incident.Reference} was resolved by someone else while this form was open, so this summary was not saved. " +
        "Add what you know with `/incident note`, or close this form and use `/incident reopen` if it is not fixed.";

    public static CommandReply NotResolved(Incident incident) => CommandReply.Ephemeral(
        $"{incident.Reference} is open, so there is nothing to reopen. To resolve it, use `/incident resolve`.");

    public static CommandReply Reopened(Incident incident) => CommandReply.Ephemeral(
        $":leftwards_arrow_with_hook: {incident.Reference} is reopened: back to investigating, and the update cadence restarts.");

    public static CommandReply ModalFailed(string error) => CommandReply.Ephemeral(
        $"I couldn't open the resolve form (Slack said `{error}`). Please try `/incident resolve` again.");

    public static CommandReply LinkUsage(string? problem = null) => CommandReply.Ephemeral(
        $"{problem}{(problem is null ? "" : " ")}Usage: `/incident link INC-7` records a related incident.");

    public static CommandReply Linked(Incident incident, int number, bool changed) => CommandReply.Ephemeral(changed
        ? $":link: {incident.Reference} is now linked with INC-{number}; both briefs and the post-mortem show it."
        : $"{incident.Reference} is already linked with INC-{number}.");

    public static CommandReply PostmortemWhileOpen(Incident incident) => CommandReply.Ephemeral(
        $"{incident.Reference} is still open; the post-mortem draft is compiled when it is resolved (`/incident resolve`).");

    public static CommandReply PostmortemQueued(Incident incident) => CommandReply.Ephemeral(
        $":memo: Recompiling the post-mortem draft for {incident.Reference}; it will be posted here in a moment.");

    public static CommandReply PostmortemStarted(Incident incident) => CommandReply.Ephemeral(
        $":memo: Started the post-mortem for {incident.Reference}: the draft will be posted here in a moment, and I'll remind " +
        "the channel when its review is due until someone marks it complete.");

    public static CommandReply NoArguments(string name) => CommandReply.Ephemeral(
        $"`/incident {name}` takes no arguments. Usage: `/incident {name}`.");
}
