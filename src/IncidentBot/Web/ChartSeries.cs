namespace IncidentBot.Web;

/// <summary>One series of a bar chart: its name and one value per category (null where nothing was measured).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
