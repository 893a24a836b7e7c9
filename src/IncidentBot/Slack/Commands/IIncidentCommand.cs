namespace IncidentBot.Slack.Commands;

/// <summary>One <c>/incident</c> subcommand: its name, its help line, and what it does.</summary>
public interface IIncidentCommand
{
    /// <summary>The word after <c>/incident</c>.</summary>
    string Name { get; }

    /// <summary>Arguments as help shows them: <c>&lt;sev&gt; &lt;title&gt; [--private]</c>.</summary>
    string Arguments { get; }

    string Description { get; }

    /// <summary>True when the command only makes sense inside an incident channel.</summary>
    bool NeedsIncidentChannel { get; }

    Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct);
}
