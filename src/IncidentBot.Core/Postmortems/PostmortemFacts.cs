using System.Text;

namespace IncidentBot.Core.Postmortems;

/// <summary>"What went well" and "what could be improved": facts the bot knows, then prompts for the team.</summary>
public static class PostmortemFacts
{
    /// <summary>An IC within this long of declaring counts as prompt.</summary>
    public static readonly TimeSpan PromptCommander = TimeSpan.FromMinutes(5);

    public static void WentWell(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## What went well").AppendLine();
        var updates = input.Updates;
        if (updates.Due > 0 && updates.Late == 0)
        {
            sb.Append("- Status updates on time: ").Append(updates.OnTime).Append(" of ").Append(updates.Due).AppendLine(".");
        }

        if (CommanderDelay(input) is { } delay && delay <= PromptCommander)
        {
            sb.Append("- IC assigned ").Append(DurationText.Of(delay)).AppendLine(" after declaring.");
        }

        var actions = input.Actions;
        if (actions.Count > 0 && actions.All(a => a.Owner is not null && a.Due is not null))
        {
            sb.Append("- All ").Append(actions.Count).AppendLine(" action items have an owner and a due date.");
        }

        sb.AppendLine("- _What helped detection, diagnosis or mitigation? Tools, runbooks, people, luck?_");
    }

    public static void CouldImprove(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## What could be improved").AppendLine();
        var updates = input.Updates;
        if (updates.Late > 0)
        {
            sb.Append("- Status updates on time: ").Append(updates.OnTime).Append(" of ").Append(updates.Due)
                .Append(" (").Append(Expected(input.Severities)).AppendLine(").");
        }

        switch (CommanderDelay(input))
        {
            case null:
                sb.AppendLine("- No Incident Commander was assigned.");
                break;
            case { } delay when delay > PromptCommander:
                sb.Append("- IC assigned ").Append(DurationText.Of(delay)).AppendLine(" after declaring.");
                break;
        }

        if (input.SeverityChanges > 0)
        {
            sb.Append("- Severity changed ").Append(Times(input.SeverityChanges)).AppendLine(" during the incident.");
        }

        var loose = input.Actions.Count(a => a.Owner is null || a.Due is null);
        if (loose > 0)
        {
            sb.Append("- ").Append(loose).AppendLine(loose == 1 ? " action item lacks an owner or a due date." : " action items lack an owner or a due date.");
        }

        var missing = input.Severity.RequiredRoles
            .Where(key => input.Incident.RoleHolder(key) is null)
            .Select(key => input.Roles.FirstOrDefault(r => r.Key == key)?.Name ?? key)
            .ToList();
        if (missing.Count > 0)
        {
            sb.Append("- Required roles unfilled at the end: ").AppendJoin(", ", missing).AppendLine(".");
        }

        sb.AppendLine("- _What slowed detection, diagnosis or mitigation? Where were we lucky?_");
    }

    /// <summary>"SEV1 expects one every 30 min"; "SEV2: one every 1 h, then SEV1: one every 30 min" when the severity changed the cadence.</summary>
    private static string Expected(IReadOnlyList<SeverityPeriod> severities)
    {
        if (severities.Select(p => p.Cadence).Distinct().Count() == 1)
        {
            return $"{severities[^1].DisplayKey} expects one every {DurationText.Of(severities[^1].Cadence)}";
        }

        var stretches = severities.Where((p, i) => i == 0 || p.Cadence != severities[i - 1].Cadence)
            .Select(p => $"{p.DisplayKey}: {(p.Cadence is { } c ? "one every " + DurationText.Of(c) : "none expected")}");
        return string.Join(", then ", stretches);
    }

    private static TimeSpan? CommanderDelay(PostmortemInput input) =>
        input.CommanderAssignedAt is { } at ? at - input.Incident.DeclaredAt : null;

    private static string Times(int n) => n switch
    {
        1 => "once",
        2 => "twice",
        _ => $"{n} times",
    };
}
