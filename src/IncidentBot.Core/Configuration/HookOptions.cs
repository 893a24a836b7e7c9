namespace IncidentBot.Core.Configuration;

/// <summary>
/// One alert source's intake (<c>IncidentBot__Hooks__&lt;source&gt;__…</c>): the bearer token its endpoint requires (unset:
/// the endpoint does not exist), and how its alerts map onto the severity ladder and into titles.
/// </summary>
public sealed class HookOptions
{
    public string? Token { get; set; }

    /// <summary>
    /// Grafana only: the HMAC secret of the contact point's "HMAC Signature" settings. Set: every delivery must carry
    /// the hex HMAC-SHA256 of its body (of <c>timestamp:body</c> when <see cref="TimestampHeader"/> is set) under
    /// <see cref="SignatureHeader"/>, or it is refused with 401.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>The header Grafana puts the signature in (its "Header" setting).</summary>
    public string SignatureHeader { get; set; } = "X-Grafana-Alerting-Signature";

    /// <summary>
    /// The header Grafana puts the signing time in (its "Timestamp header" setting, which has no default); unset: the
    /// body alone is signed and no time is checked.
    /// </summary>
    public string? TimestampHeader { get; set; }

    /// <summary>The annotation holding the alert's runbook link, bookmarked in its incident's channel.</summary>
    public string RunbookAnnotation { get; set; } = "runbook_url";

    /// <summary>The label whose value gives the severity.</summary>
    public string SeverityLabel { get; set; } = "severity";

    /// <summary>
    /// The label whose value names the service the alert is about: shown on the triage message, and the status page
    /// component of that key or name starts affected in an incident declared from the alert.
    /// </summary>
    public string ServiceLabel { get; set; } = "service";

    /// <summary>Label value (case-insensitive) to ladder key, e.g. <c>critical=sev1</c>.</summary>
    public Dictionary<string, string> SeverityMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Comma-separated ladder keys whose alerts declare at once; every other alert goes to triage.</summary>
    public string? AutoDeclare { get; set; }

    /// <summary>
    /// The incident title: <c>{name}</c> is replaced by the annotation of that name, else the label. Unset: the
    /// <c>summary</c> annotation, else the <c>alertname</c> label.
    /// </summary>
    public string? TitleTemplate { get; set; }

    /// <summary>The source has an endpoint: a bearer token or a signing secret is set.</summary>
    public bool IsEnabled => !string.IsNullOrEmpty(Token) || !string.IsNullOrEmpty(Secret);

    public IReadOnlyList<string> AutoDeclareKeys =>
        (AutoDeclare ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
