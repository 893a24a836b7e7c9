namespace IncidentBot.Core.StatusPage;

/// <summary>The stored and published names of <see cref="ComponentState"/>: <c>operational</c>, <c>degraded</c>, <c>partial_outage</c>, <c>major_outage</c>.</summary>
public static class ComponentStates
{
    public static readonly ComponentState[] All = [ComponentState.Operational, ComponentState.Degraded, ComponentState.PartialOutage, ComponentState.MajorOutage];

    public static string Key(ComponentState state) => state switch
    {
        ComponentState.Degraded => "degraded",
        ComponentState.PartialOutage => "partial_outage",
        ComponentState.MajorOutage => "major_outage",
        _ => "operational",
    };

    public static ComponentState? Parse(string? key) => All.Where(s => Key(s) == key).Select(s => (ComponentState?)s).FirstOrDefault();
}
