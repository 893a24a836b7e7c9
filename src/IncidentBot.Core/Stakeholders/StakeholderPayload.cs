namespace IncidentBot.Core.Stakeholders;

/// <summary>A message to stakeholders as recorded: the summary and the names of the audiences it goes to.</summary>
public sealed record StakeholderPayload(ExecutiveSummary Summary, IReadOnlyList<string> Audiences)
{
    /// <summary>The effect key part that makes each message posted once per destination.</summary>
    public string Key => Summary.Kind switch
    {
        StakeholderMessageKind.Update => $"update-{Summary.Number}",
        StakeholderMessageKind.Resolution => $"resolution-{Summary.Number}",
        StakeholderMessageKind.Closed => $"closed-{Summary.At.ToUnixTimeMilliseconds()}",
        _ => "mitigated",
    };
}
