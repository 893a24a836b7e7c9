namespace IncidentBot.Benchmarks;

/// <summary>
/// Flows of requests to send at once for <see cref="Seconds"/>: <c>healthz</c> (a bare GET) or <c>command</c>
/// (a signed <c>/incident</c> command whose <see cref="LoadFlow.Text"/> may hold <c>{n}</c>, the request's number in its flow).
/// </summary>
public sealed record LoadPlan(double Seconds, IReadOnlyList<LoadFlow> Flows);

public sealed record LoadFlow(string Kind, int Rate, string? Text = null, string? Channel = null)
{
    public static LoadFlow Healthz(int rate) => new("healthz", rate);

    public static LoadFlow Command(int rate, string text, string? channel = null) => new("command", rate, text, channel);
}
