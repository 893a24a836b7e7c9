using System.Text;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>"What went well" and "what could be improved": facts the bot knows, then prompts for the team.</summary>
public static class PostmortemFacts
{
    public static void WentWell(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, words["postmortem.went_well.heading"]);
        var updates = input.Updates;
        if (updates.Due > 0 && updates.Late == 0)
        {
            Fact(sb, words.Text("postmortem.went_well.updates", ("on_time", updates.OnTime), ("due", updates.Due)));
        }

        var timing = ResponseTiming.Of(input);
        if (timing.CommanderPrompt)
        {
            Fact(sb, words.Text("postmortem.commander_after", ("duration", words.Duration(timing.ToCommander!.Value))));
        }

        if (timing.FirstUpdatePrompt)
        {
            Fact(sb, FirstUpdate(words, timing));
        }

        var actions = input.Actions;
        if (actions.Count > 0 && actions.All(a => a.Owner is not null && a.Due is not null))
        {
            Fact(sb, actions.Count == 1 ? words["postmortem.went_well.actions_single"] : words.Count("postmortem.went_well.actions", actions.Count));
        }

        Fact(sb, words["postmortem.went_well.prompt"]);
    }

    public static void CouldImprove(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, words["postmortem.could_improve.heading"]);
        var updates = input.Updates;
        if (updates.Late > 0)
        {
            Fact(sb, words.Text("postmortem.could_improve.updates", ("on_time", updates.OnTime), ("due", updates.Due),
                ("expected", Expected(words, input.Severities))));
        }

        var timing = ResponseTiming.Of(input);
        if (timing.NoCommander)
        {
            Fact(sb, words["postmortem.could_improve.no_commander"]);
        }
        else if (timing.CommanderLate)
        {
            Fact(sb, words.Text("postmortem.commander_after", ("duration", words.Duration(timing.ToCommander!.Value))));
        }

        if (timing.FirstUpdateLate)
        {
            Fact(sb, FirstUpdate(words, timing));
        }
        else if (timing.NoFirstUpdate)
        {
            Fact(sb, words.Text("postmortem.facts.no_first_update", ("target", words.Duration(timing.FirstUpdateExpected!.Value))));
        }

        if (input.SeverityChanges > 0)
        {
            Fact(sb, input.SeverityChanges switch
            {
                1 => words["postmortem.could_improve.severity_once"],
                2 => words["postmortem.could_improve.severity_twice"],
                var n => words.Count("postmortem.could_improve.severity_changed", n),
            });
        }

        var loose = input.Actions.Count(a => a.Owner is null || a.Due is null);
        if (loose > 0)
        {
            Fact(sb, words.Count("postmortem.could_improve.loose_actions", loose));
        }

        var missing = input.Severity.RequiredRoles
            .Where(key => input.Incident.RoleHolder(key) is null)
            .Select(key => input.Roles.FirstOrDefault(r => r.Key == key) is { } role ? words.RoleName(role) : key)
            .ToList();
        if (missing.Count > 0)
        {
            Fact(sb, words.Text("postmortem.could_improve.roles_unfilled", ("roles", string.Join(words["postmortem.list_joiner"], missing))));
        }

        Fact(sb, words["postmortem.could_improve.prompt"]);
    }

    private static void Fact(StringBuilder sb, string text) => sb.Append("- ").AppendLine(text);

    /// <summary>"SEV1 expects one every 30 min"; "SEV2: one every 1 h, then SEV1: one every 30 min" when the severity changed the cadence.</summary>
    private static string Expected(Words words, IReadOnlyList<SeverityPeriod> severities)
    {
        if (severities.Select(p => p.Cadence).Distinct().Count() == 1)
        {
            return words.Text("postmortem.could_improve.expected", ("severity", severities[^1].DisplayKey), ("cadence", words.Duration(severities[^1].Cadence)));
        }

        var stretches = severities.Where((p, i) => i == 0 || p.Cadence != severities[i - 1].Cadence)
            .Select(p => p.Cadence is { } c
                ? words.Text("postmortem.could_improve.stretch", ("severity", p.DisplayKey), ("cadence", words.Duration(c)))
                : words.Text("postmortem.could_improve.stretch_none", ("severity", p.DisplayKey)));
        return string.Join(words["postmortem.could_improve.stretch_joiner"], stretches);
    }

    /// <summary>"First status update 8 min after declaring (expected within 15 min)."</summary>
    private static string FirstUpdate(Words words, ResponseTiming timing) => words.Text("postmortem.facts.first_update",
        ("duration", words.Duration(timing.ToFirstUpdate!.Value)), ("target", words.Duration(timing.FirstUpdateExpected!.Value)));
}
