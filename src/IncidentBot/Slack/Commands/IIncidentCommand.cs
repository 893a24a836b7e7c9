namespace IncidentBot.Slack.Commands;

/// <summary>
/// One <c>/incident</c> subcommand: its name and what it does. Its help line (arguments and description) is in the text
/// catalogue under <c>command.{Name}.arguments</c> and <c>command.{Name}.description</c>, in every language.
/// </summary>
public interface IIncidentCommand
{
    /// <summary>The word after <c>/incident</c>.</summary>
    string Name { get; }

    /// <summary>True when the command only makes sense inside an incident channel.</summary>
    bool NeedsIncidentChannel { get; }

    Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct);
}
