using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The words about roles: answers to <c>/incident role</c>, refusals, the duty DM and the IC + lead warning.</summary>
public static class RoleMessages
{
    public static string Usage(Words words) => words["roles.usage"];

    public static string Describe(Words words, RoleCatalog roles) =>
        string.Join(", ", roles.All.Select(r => words.Text("roles.role", ("key", r.Key), ("name", Name(words, r)))));

    public static string MissingArguments(Words words, RoleCatalog roles) =>
        words.Text("roles.missing_arguments", ("usage", Usage(words)), ("roles", Describe(words, roles)));

    public static string UnknownRole(Words words, string typed, RoleCatalog roles) => words.Text("roles.unknown",
        ("typed", SlackText.Escape(SlackText.Truncate(typed, 40))), ("roles", Describe(words, roles)), ("usage", Usage(words)));

    public static string PlainName(Words words, string typed) =>
        words.Text("roles.plain_name", ("typed", SlackText.Escape(SlackText.Truncate(typed, 40))), ("usage", Usage(words)));

    public static string NoPerson(Words words, RoleDefinition role) =>
        words.Text("roles.no_person", ("role", Name(words, role)), ("key", role.Key));

    public static string Assigned(Words words, RoleAssignmentResult.Assigned result, string assignee) => result.Previous is { } previous
        ? words.Text("roles.handed_over", ("role", Name(words, result.Role)), ("previous", previous), ("assignee", assignee))
        : words.Text("roles.assigned", ("role", Name(words, result.Role)), ("assignee", assignee));

    public static string AlreadyHolds(Words words, RoleDefinition role, string user) =>
        words.Text("roles.already_holds", ("user", user), ("role", Name(words, role)));

    /// <summary>
    /// Who may make the change instead: for a held IC role, "Only … can hand over Incident Commander"; once the incident
    /// is resolved, for any role, "INC-3 is resolved, so only … can change its roles".
    /// </summary>
    public static string Refused(Words words, RoleDefinition role, PermissionDecision decision, Incident? incident = null)
    {
        var who = new List<string>();
        if (decision.Commander is { } ic)
        {
            who.Add(words.Text("roles.refused.commander", ("user", ic)));
        }

        if (decision.Admins.Count > 0)
        {
            who.Add(words.Text("roles.refused.admins", ("admins", string.Join(", ", decision.Admins.Select(a => $"<@{a}>")))));
        }

        var by = who.Count == 0 ? words["roles.refused.anyone"] : string.Join(words["roles.refused.or"], who);
        return incident is { IsOpen: false }
            ? words.Text("roles.refused.resolved", ("reference", incident.Reference), ("by", by))
            : words.Text("roles.refused.hand_over", ("by", by), ("role", Name(words, role)), ("key", role.Key));
    }

    /// <summary>For the loser of a race (two Take IC clicks) or a form showing a holder who has since changed.</summary>
    public static string Conflict(Words words, RoleDefinition role, string? holder) => holder is null
        ? words.Text("roles.conflict.vacant", ("role", Name(words, role)))
        : words.Text("roles.conflict.held", ("holder", holder), ("role", Name(words, role)), ("key", role.Key));

    public static string ChangedMeanwhile(Words words, string? holder) => holder is null
        ? words["roles.changed_meanwhile_vacant"]
        : words.Text("roles.changed_meanwhile", ("holder", holder));

    public static string FormExpired(Words words) => words["roles.form_expired"];

    /// <summary>The DM to the new holder, in their own words: what they now are, how they got it, and the duty.</summary>
    public static (string Text, JsonArray Blocks) Duty(Words words, Incident incident, RoleDefinition role, RoleAssignedWork work)
    {
        var where = incident.ChannelId is { } c ? words.Text("roles.duty.where", ("channel", SlackText.Channel(c))) : "";
        var how = work.PreviousUserId is { } previous
            ? words.Text("roles.duty.take_over", ("previous", previous))
            : work.ByDeclaring ? words["roles.duty.by_declaring"]
            : work.AssignedBy == work.UserId ? words["roles.duty.yourself"] : words.Text("roles.duty.assigned_by", ("by", work.AssignedBy));
        var text = words.Text("roles.duty.text", ("role", words.RoleName(role)), ("reference", incident.Reference),
            ("title", PersonText.Mrkdwn(incident.Title)));
        var body = words.Text("roles.duty.body", ("role", Name(words, role)), ("reference", incident.Reference), ("where", where),
            ("title", PersonText.Mrkdwn(incident.Title)), ("how", how), ("duty", SlackText.Escape(words.RoleDuty(role))));
        return (text, Blocks.Array([Blocks.Section(body)]));
    }

    public static string CommanderIsLead(Words words, string user, RoleCatalog roles)
    {
        var ic = words.RoleName(roles.Commander);
        var lead = roles.Find(RoleService.TechnicalLead) is { } technical ? words.RoleName(technical) : words["role.lead.name"];
        return words.Text("roles.commander_is_lead",
            ("user", user), ("ic", SlackText.Escape(ic)), ("lead", SlackText.Escape(lead)), ("key", RoleService.TechnicalLead));
    }

    public static string ModalFailed(Words words, string error) =>
        words.Text("roles.modal_failed", ("error", error), ("usage", Usage(words)));

    /// <summary>A role's name in these words, escaped for mrkdwn (a configured name may hold any text).</summary>
    private static string Name(Words words, RoleDefinition role) => SlackText.Escape(words.RoleName(role));
}
