namespace IncidentBot.Core.Postmortems;

/// <summary>
/// How quickly the response got going, as measured from the record: time to an Incident Commander, time to the first
/// status update against the cadence of the severity it was declared at, and the update deadlines met.
/// </summary>
public sealed record ResponseTiming(TimeSpan? ToCommander, TimeSpan? ToFirstUpdate, TimeSpan? FirstUpdateExpected, TimeSpan Open, UpdateTiming Updates)
{
    /// <summary>An IC within this long of declaring counts as prompt.</summary>
    public static readonly TimeSpan PromptCommander = TimeSpan.FromMinutes(5);

    public static ResponseTiming Of(PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var declared = input.Incident.DeclaredAt;
        return new ResponseTiming(input.CommanderAssignedAt - declared, input.FirstUpdateAt - declared, input.FirstUpdateExpected,
            input.End - declared, input.Updates);
    }

    /// <summary>No IC was ever assigned.</summary>
    public bool NoCommander => ToCommander is null;

    public bool CommanderLate => ToCommander is { } t && t > PromptCommander;

    public bool CommanderPrompt => ToCommander is { } t && t <= PromptCommander;

    /// <summary>An update was expected and none came while the incident was open past the first deadline.</summary>
    public bool NoFirstUpdate => ToFirstUpdate is null && FirstUpdateExpected is { } e && Open > e;

    public bool FirstUpdateLate => ToFirstUpdate is { } t && FirstUpdateExpected is { } e && t > e;

    public bool FirstUpdatePrompt => ToFirstUpdate is { } t && FirstUpdateExpected is { } e && t <= e;

    /// <summary>Any measured fact that says detection or escalation came late.</summary>
    public bool AnyLate => NoCommander || CommanderLate || NoFirstUpdate || FirstUpdateLate || Updates.Late > 0;
}
