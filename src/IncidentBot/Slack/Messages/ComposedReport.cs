using System.Text.Json.Nodes;
using IncidentBot.Core.Metrics;

namespace IncidentBot.Slack.Messages;

/// <summary>A report's message and the figures it was built from (which its chart draws).</summary>
public sealed record ComposedReport(string Text, JsonArray Blocks, InsightsReport Report);
