using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident declare [sev] [--type key] [title] [--private] [--ic]</c>: with a severity and a title, declares at once;
/// otherwise opens the declare modal with whatever was given filled in. Declared at once, the declarer is IC when no
/// rotation answers the severity or type, when they say so (<c>--ic</c>), or when they are that rotation's primary now;
/// otherwise the rotation is paged, as the form does when "I am the IC" is left unticked. A type that is not configured is answered with
/// the types there are, before anything else. A first word off the ladder that is clearly a severity
/// (<see cref="SeverityWord"/>) is answered with the ladder's severities; any other starts the title.
/// </summary>
public sealed partial class DeclareCommand(
    IncidentService service, SeverityLadder ladder, IncidentTypeCatalog types, DeclareModalOpener modal, MemberPacer pacer,
    RotationService rotations, IncidentBotOptions options) : IIncidentCommand
{
    public const string PrivateFlag = "--private";

    public const string CommanderFlag = "--ic";

    public string Name => "declare";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = context.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var isPrivate = words.RemoveAll(w => string.Equals(w, PrivateFlag, StringComparison.OrdinalIgnoreCase)) > 0;
        var saysCommander = words.RemoveAll(w => string.Equals(w, CommanderFlag, StringComparison.OrdinalIgnoreCase)) > 0;
        var type = types.Default;
        if (TypeFlag.TryTake(words, out var typed) && !types.TryParse(typed, out type))
        {
            return TypeAnswers.UnknownType(await context.WordsAsync(ct), typed, types);
        }

        if (words.Count == 0)
        {
            return await modal.OpenAsync(await context.WordsAsync(ct), context.Command, ladder.Default, type, null, isPrivate || ladder.Default.PrivateByDefault, ct);
        }

        if (!ladder.TryParse(words[0], out var severity))
        {
            return SeverityWord.IsClearlySeverity(words[0], ladder)
                ? CommandAnswers.UnknownSeverity(await context.WordsAsync(ct), words[0], ladder)
                : await modal.OpenAsync(await context.WordsAsync(ct), context.Command, ladder.Default, type, string.Join(' ', words), isPrivate || ladder.Default.PrivateByDefault, ct);
        }

        var rest = string.Join(' ', words.Skip(1));
        if (rest.Length == 0)
        {
            return await modal.OpenAsync(await context.WordsAsync(ct), context.Command, severity, type, null, isPrivate || severity.PrivateByDefault, ct);
        }

        if (TitleRules.Validate(await context.WordsAsync(ct), rest, out var problem) is not { } title)
        {
            return CommandAnswers.BadTitle(await context.WordsAsync(ct), problem!);
        }

        // The asker's language is looked up while the incident is declared.
        var asker = context.WordsAsync(ct);
        var command = context.Command;
        var key = $"command:{command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        if (pacer.TryTake(PacedAction.Declare, command.UserId, key) is { } paced)
        {
            return CommandReply.Ephemeral(PaceAnswers.Answer(await asker, paced));
        }

        var rotation = OncallPolicy.RotationFor(options, severity.Key, type.Key);
        var commander = rotation is null || saysCommander || (await rotations.ShiftAsync(rotation, null, ct))?.Primary == command.UserId;
        var result = await service.DeclareAsync(new DeclareRequest(
            key, title, severity, command.UserId, isPrivate || severity.PrivateByDefault, DeclarerIsCommander: commander,
            ResponseUrl: command.ResponseUrl, Type: type, PageRotation: commander ? null : rotation), ct);
        return CommandAnswers.Declaring(await asker, result, severity);
    }
}
