namespace IncidentBot.Core.Configuration;

/// <summary>
/// One alert source's intake (<c>IncidentBot__Hooks__&lt;source&gt;__…</c>): the bearer token its endpoint requires (unset:
/// the endpoint does not exist), and how its alerts map onto the severity ladder and into titles.
/// </summary>
public sealed class HookOptions
{
    public string? Token { get; set; }

    /// <summary>The label whose value gives the severity.</summary>
    public string SeverityLabel { get; set; } = "severity";

    /// <summary>Label value (case-insensitive) to ladder key, e.g. <c>critical=sev1</c>.</summary>
    public Dictionary<string, string> SeverityMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Comma-separated ladder keys whose alerts declare at once; every other alert goes to triage.</summary>
    public string? AutoDeclare { get; set; }

    /// <summary>
    /// The incident title: <c>{name}</c> is replaced by the annotation of that name, else the label. Unset: the
    /// <c>summary</c> annotation, else the <c>alertname</c> label.
    /// </summary>
    public string? TitleTemplate { get; set; }

    public IReadOnlyList<string> AutoDeclareKeys =>
        (AutoDeclare ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
