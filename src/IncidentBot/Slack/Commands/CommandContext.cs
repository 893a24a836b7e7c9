using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// A routed command: the Slack invocation, the text after the subcommand, and, for a command that needs an incident
/// channel, that channel's incident.
/// </summary>
public sealed record CommandContext(SlashCommand Command, string Arguments, Incident? Incident)
{
    private Task<Words>? _words;

    public Incident RequiredIncident => Incident ?? throw new InvalidOperationException("This command runs in an incident channel.");

    /// <summary>Where the asker's language comes from; without it (a bare context in a test) answers are English.</summary>
    public Wording? Wording { get; init; }

    /// <summary>
    /// The asker's words for their answer: looked up only when an answer has words to say, and once per command.
    /// </summary>
    public Task<Words> WordsAsync(CancellationToken ct) =>
        _words ??= Wording is { } wording ? wording.ForAsync(Command.UserId, ct) : Task.FromResult(Words.English);
}
