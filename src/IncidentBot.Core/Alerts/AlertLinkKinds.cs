namespace IncidentBot.Core.Alerts;

/// <summary>The kinds of <see cref="AlertLink"/>, each named in the catalogue as <c>alert.link.&lt;kind&gt;</c>.</summary>
public static class AlertLinkKinds
{
    /// <summary>The rule that fired: <c>generatorURL</c>, or the generic hook's <c>url</c>.</summary>
    public const string Source = "source";

    public const string Runbook = "runbook";

    public const string Dashboard = "dashboard";

    public const string Panel = "panel";

    public const string Silence = "silence";

    public static IReadOnlyList<string> All { get; } = [Source, Runbook, Dashboard, Panel, Silence];
}
