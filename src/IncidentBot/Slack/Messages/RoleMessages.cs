using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;

namespace IncidentBot.Slack.Messages;

/// <summary>The words about roles: answers to <c>/incident role</c>, refusals, the duty DM and the IC + lead warning.</summary>
public static class RoleMessages
{
    public const string Usage = "`/incident role <role> @person` (for example `/incident role lead @alice`), or `/incident roles` for a form";

    public static string Describe(RoleCatalog roles) =>
        string.Join(", ", roles.All.Select(r => $"`{r.Key}` ({SlackText.Escape(r.Name)})"));

    public static string MissingArguments(RoleCatalog roles) => $"Usage: {Usage}. Roles: {Describe(roles)}.";

    public static string UnknownRole(string typed, RoleCatalog roles) =>
        $"Unknown role \"{SlackText.Escape(SlackText.Truncate(typed, 40))}\". Roles: {Describe(roles)}. Usage: {Usage}.";

    public static string PlainName(string typed) =>
        $"\"{SlackText.Escape(SlackText.Truncate(typed, 40))}\" is not a Slack mention. Mention the person with @ and pick them " +
        $"from the list Slack offers, so Slack sends their id (it looks like <@U012ABC> once sent). Usage: {Usage}.";

    public static string NoPerson(RoleDefinition role) =>
        $"Who should be {SlackText.Escape(role.Name)}? Mention them: `/incident role {role.Key} @person`.";

    public static string Assigned(RoleAssignmentResult.Assigned result, string assignee) => result.Previous is { } previous
        ? $":arrows_counterclockwise: {SlackText.Escape(result.Role.Name)} handed over from <@{previous}> to <@{assignee}>. I've sent them the duty."
        : $":white_check_mark: <@{assignee}> is now {SlackText.Escape(result.Role.Name)}. I've sent them the duty.";

    public static string AlreadyHolds(RoleDefinition role, string user) => $"<@{user}> is already {SlackText.Escape(role.Name)}; nothing changed.";

    /// <summary>
    /// Who may make the change instead: for a held IC role, "Only … can hand over Incident Commander"; once the incident
    /// is resolved, for any role, "INC-3 is resolved, so only … can change its roles".
    /// </summary>
    public static string Refused(RoleDefinition role, PermissionDecision decision, Incident? incident = null)
    {
        var who = new List<string>();
        if (decision.Commander is { } ic)
        {
            who.Add($"the Incident Commander (<@{ic}>)");
        }

        if (decision.Admins.Count > 0)
        {
            who.Add("an admin (" + string.Join(", ", decision.Admins.Select(a => $"<@{a}>")) + ")");
        }

        var by = who.Count == 0 ? "the Incident Commander" : string.Join(" or ", who);
        if (incident is { IsOpen: false })
        {
            return $"{incident.Reference} is resolved, so only {by} can change its roles. Ask them, or `/incident reopen` it first.";
        }

        return $"Only {by} can hand over {SlackText.Escape(role.Name)}. Ask them to run `/incident role {role.Key} @you`.";
    }

    /// <summary>For the loser of a race (two Take IC clicks) or a form showing a holder who has since changed.</summary>
    public static string Conflict(RoleDefinition role, string? holder) => holder is null
        ? $"{SlackText.Escape(role.Name)} changed while you were looking and is now vacant; try again."
        : $"<@{holder}> is already the {SlackText.Escape(role.Name)}. To take over, ask them (or an admin) to run `/incident role {role.Key} @you`.";

    public static string ChangedMeanwhile(string? holder) =>
        $"This role changed while the form was open; it is now held by {SlackText.User(holder)}. Reopen the form to see the current holders.";

    public static string FormExpired() => "This form no longer matches an incident; open it again from the brief or with `/incident roles`.";

    public static (string Text, JsonArray Blocks) Duty(Incident incident, RoleDefinition role, RoleAssignedWork work)
    {
        var where = incident.ChannelId is { } c ? $" in {SlackText.Channel(c)}" : "";
        var how = work.PreviousUserId is { } previous
            ? $"You take over from <@{previous}>."
            : work.ByDeclaring ? "You took it on when you declared the incident."
            : work.AssignedBy == work.UserId ? "You took it yourself." : $"<@{work.AssignedBy}> assigned it to you.";
        var text = $"You are now {role.Name} for {incident.Reference}: {PersonText.Mrkdwn(incident.Title)}";
        var body = $":bust_in_silhouette: You are now *{SlackText.Escape(role.Name)}* for *{incident.Reference}*{where}: " +
            $"{PersonText.Mrkdwn(incident.Title)}\n{how}\n*Your duty:* {SlackText.Escape(role.Duty)}";
        return (text, Blocks.Array([Blocks.Section(body)]));
    }

    public static string CommanderIsLead(string user, RoleCatalog roles)
    {
        var ic = roles.Find(RoleCatalog.IncidentCommander)?.Name ?? "Incident Commander";
        var lead = roles.Find(RoleService.TechnicalLead)?.Name ?? "Technical Lead";
        return $":warning: <@{user}> now holds both *{SlackText.Escape(ic)}* and *{SlackText.Escape(lead)}*. The IC coordinates and " +
            $"should not also be fixing; hand one role to someone else (`/incident role {RoleService.TechnicalLead} @person`).";
    }

    public static string ModalFailed(string error) =>
        $"I couldn't open the roles form (Slack said `{error}`). Assign from the command line instead: {Usage}.";
}
