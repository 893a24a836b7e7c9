namespace IncidentBot.Core.Incidents;

/// <summary>
/// The update template's fields beyond status and summary: what changed since the last update (one line per bullet),
/// the root cause's state, the scope (services and customers affected), next steps each with an owner, and the
/// initial assessment's revenue impact and SLA-breach risk. <see cref="Assessment"/> says the update was written as the
/// initial assessment (the form's assessment questions answered); a quick one-line update never is.
/// </summary>
public sealed record UpdateDetails
{
    public static UpdateDetails None { get; } = new();

    public string? SinceLast { get; init; }
    public RootCauseState? RootCause { get; init; }
    public string? Services { get; init; }
    public string? Customers { get; init; }
    public string? RevenueImpact { get; init; }
    public string? SlaRisk { get; init; }
    public IReadOnlyList<NextStep> Steps { get; init; } = [];
    public bool Assessment { get; init; }

    /// <summary>The bullets of <see cref="SinceLast"/>, each without the marker it was typed with (<c>-</c>, <c>•</c>, <c>*</c>).</summary>
    public IReadOnlyList<string> SinceLastBullets() => (SinceLast ?? "")
        .Split('\n')
        .Select(line => line.Trim().TrimStart('-', '•', '*').Trim())
        .Where(line => line.Length > 0)
        .ToList();
}
