using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Integrations;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Http;

namespace IncidentBot.Oncall;

/// <summary>
/// <c>/incident oncall</c> (who is on call now and next in each rotation), <c>/incident oncall set &lt;rotation&gt; @a @b</c>
/// (the members, in order) and <c>/incident oncall swap [rotation] @a @b &lt;from&gt; &lt;to&gt;</c> (an override for a window).
/// With a PagerDuty schedule set, the list ends with the rotation <c>pagerduty</c>: the answer says PagerDuty is being
/// asked, and queued work (<see cref="PagerDutyOncallAnswerHandler"/>) reads the schedule and answers through the
/// command's response_url, so Slack never waits on PagerDuty; the name cannot be set or swapped here. Once admins are
/// configured, only they set a rotation's members, and an override is theirs or one of the two people's in it.
/// </summary>
public sealed class OncallCommand(
    RotationService rotations, HandoffScheduler handoffs, StandaloneWork work, PermissionPolicy permissions, IncidentBotOptions options,
    TimeProvider time) : IIncidentCommand
{
    public string Name => "oncall";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var args = OncallArguments.Words(context.Arguments);
        return args.Length == 0
            ? CommandReply.Ephemeral(await ListAsync(words, context.Command, ct))
            : args[0].ToLowerInvariant() switch
            {
                "set" => CommandReply.Ephemeral(await SetAsync(words, args[1..], context.Command.UserId, ct)),
                "swap" => CommandReply.Ephemeral(await SwapAsync(words, args[1..], context.Command.UserId, ct)),
                _ => CommandReply.Ephemeral(words.Text("oncall.answer.unknown", ("typed", args[0]), ("usage", words["oncall.answer.usage"]))),
            };
    }

    private async Task<string> ListAsync(Words words, SlashCommand command, CancellationToken ct)
    {
        var names = await rotations.NamesAsync(ct);
        if (names.Count == 0 && !options.PagerDuty.ReadsSchedule)
        {
            return words["oncall.answer.none"];
        }

        var now = time.GetUtcNow();
        var lines = new List<string>();
        foreach (var name in names)
        {
            var rotation = (await rotations.GetAsync(name, ct))!;
            var swaps = await rotations.SwapsAsync(name, ct);
            lines.Add(OncallAnswers.Rotation(words, rotation, swaps.Where(s => s.To > now).ToList(), now));
        }

        if (options.PagerDuty.ReadsSchedule)
        {
            lines.Add(await AskPagerDutyAsync(words, command, ct));
        }

        return string.Join("\n\n", lines);
    }

    /// <summary>Queues the question to PagerDuty, answered through the command's response_url; what the command says meanwhile.</summary>
    private async Task<string> AskPagerDutyAsync(Words words, SlashCommand command, CancellationToken ct)
    {
        var schedule = options.PagerDuty.ScheduleId!.Trim();
        if (command.ResponseUrl is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return PagerDutyOncallAnswer.Describe(words, schedule, new PagerDutyOnCall([], null, words["pagerduty.oncall.no_answer"]));
        }

        var question = new PagerDutyOncallQuestion(url, command.UserId);
        await work.QueueAsync(PagerDutyWorkKinds.OncallAnswer, null, question.Serialize(),
            command.TriggerId is { } trigger ? $"pagerduty-oncall:{trigger}" : null, ct);
        return PagerDutyOncallAnswer.Looking(words, schedule);
    }

    private static bool Reserved(string name) => string.Equals(name, PagerDutyOptions.RotationName, StringComparison.OrdinalIgnoreCase);

    private async Task<string> SetAsync(Words words, string[] args, string userId, CancellationToken ct)
    {
        var members = args.Skip(1).Select(OncallArguments.UserId).ToList();
        if (args.Length < 2 || !OncallArguments.IsRotationName(args[0]) || members.Any(m => m is null))
        {
            return words["oncall.answer.set_usage"];
        }

        if (Reserved(args[0]))
        {
            return words.Text("pagerduty.oncall.reserved", ("usage", words["oncall.answer.set_usage"]));
        }

        var ids = members.OfType<string>().ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return words.Text("oncall.answer.set_twice", ("usage", words["oncall.answer.set_usage"]));
        }

        if (!permissions.MayChangeRotation(userId, []))
        {
            return words.Text("oncall.answer.set_admins_only", ("admins", OncallAnswers.People(permissions.Admins)));
        }

        var rotation = await rotations.SetAsync(args[0], ids, userId, ct);
        await handoffs.EnsureAsync(rotation.Name, ct);
        return words.Text("oncall.answer.set", ("rotation", rotation.Name), ("members", OncallAnswers.People(ids))) + "\n\n"
            + OncallAnswers.Rotation(words, rotation, await rotations.SwapsAsync(rotation.Name, ct), time.GetUtcNow());
    }

    private async Task<string> SwapAsync(Words words, string[] args, string userId, CancellationToken ct)
    {
        var named = args.Length == 5 ? args[0] : null;
        var rest = named is null ? args : args[1..];
        if (rest.Length != 4 || (named is not null && !OncallArguments.IsRotationName(named)) || OncallArguments.UserId(rest[0]) is not { } first || OncallArguments.UserId(rest[1]) is not { } second || first == second)
        {
            return words["oncall.answer.swap_usage"];
        }

        if (!permissions.MayChangeRotation(userId, [first, second]))
        {
            return words.Text("oncall.answer.swap_not_yours", ("first", $"<@{first}>"), ("second", $"<@{second}>"),
                ("admins", OncallAnswers.People(permissions.Admins)));
        }

        var targets = new List<Rotation>();
        foreach (var name in named is null ? await rotations.NamesAsync(ct) : [named])
        {
            if (await rotations.GetAsync(name, ct) is { } rotation && (named is not null || rotation.Members.Contains(first) || rotation.Members.Contains(second)))
            {
                targets.Add(rotation);
            }
        }

        if (targets.Count == 0)
        {
            return named is null
                ? words.Text("oncall.answer.swap_no_rotation", ("usage", words["oncall.answer.swap_usage"]))
                : words.Text("oncall.answer.no_such_rotation", ("rotation", named), ("rotations", string.Join(", ", (await rotations.NamesAsync(ct)).Select(n => $"`{n}`"))));
        }

        var now = time.GetUtcNow();
        var answers = new List<string>();
        foreach (var rotation in targets)
        {
            if (OncallArguments.Moment(rest[2], rotation.Zone, now) is not { } from || OncallArguments.Moment(rest[3], rotation.Zone, now) is not { } to)
            {
                return words.Text("oncall.answer.swap_time", ("usage", words["oncall.answer.swap_usage"]));
            }

            if (to <= from || to <= now)
            {
                return words["oncall.answer.swap_window"];
            }

            var swap = await rotations.SwapAsync(rotation.Name, first, second, from, to, userId, ct);
            answers.Add(words.Text("oncall.answer.swapped", ("rotation", rotation.Name), ("first", $"<@{first}>"), ("second", $"<@{second}>"),
                ("from", OncallAnswers.When(words, swap.From, rotation.Zone)), ("to", OncallAnswers.When(words, swap.To, rotation.Zone))));
        }

        return string.Join("\n", answers);
    }
}
