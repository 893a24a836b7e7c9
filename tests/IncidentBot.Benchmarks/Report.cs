using System.Globalization;
using System.Text;

namespace IncidentBot.Benchmarks;

/// <summary>Collects results and writes them as Markdown (BENCHMARKS.md).</summary>
public sealed class Report
{
    private readonly StringBuilder _body = new();
    private readonly List<TargetResult> _targets = [];

    public void Section(string title, string text)
    {
        _body.AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine().AppendLine(text).AppendLine();
        Console.WriteLine($"== {title}");
    }

    public void LatencyTable(string caption, IEnumerable<(string Name, LatencyStats Stats, string? Note)> rows)
    {
        _body.AppendLine(caption).AppendLine().AppendLine("| scenario | requests | p50 ms | p99 ms | max ms | errors | note |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var (name, s, note) in rows)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {s.Count} | {s.P50:0.0} | {s.P99:0.0} | {s.Max:0.0} | {s.Errors} | {note} |");
            _body.AppendLine(line);
            Console.WriteLine(line);
        }

        _body.AppendLine();
    }

    public void Line(string text)
    {
        _body.AppendLine(text).AppendLine();
        Console.WriteLine(text);
    }

    /// <summary>
    /// States a target next to the measured figure, and keeps it for the summary table at the top, where the same
    /// target measured on each <paramref name="engine"/> stands on adjacent rows.
    /// </summary>
    public void Target(string scenario, string target, string measured, bool met, BenchmarkEngine? engine = null)
    {
        var result = new TargetResult(scenario, target, measured, met, engine?.Label);
        _targets.Add(result);
        Line($"Target: {target} — measured {measured} — {result.Verdict}.");
    }

    /// <summary>The report, headed by the command that reproduces it and where its databases were.</summary>
    public string Render(string command, string databases)
    {
        var header = new StringBuilder()
            .AppendLine("# Benchmarks").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Cpu()}), .NET {Environment.Version}.")
            .AppendLine().AppendLine("Reproduce with:").AppendLine().AppendLine("```sh").AppendLine(command).AppendLine("```").AppendLine()
            .AppendLine("The bot runs as its own process (`dotnet IncidentBot.dll`, Release) on loopback with a fresh database per scenario: " +
                databases + ". The fake Slack runs in the benchmark process, and the acknowledgement load client in a process of its own. Latency is measured by the client from send to full answer.")
            .AppendLine();
        AppendTargets(header);
        return header.Append(_body).ToString();
    }

    private void AppendTargets(StringBuilder sb)
    {
        if (_targets.Count == 0)
        {
            return;
        }

        sb.AppendLine("## Targets").AppendLine();
        if (_targets.All(t => t.Engine is null))
        {
            sb.AppendLine("| scenario | target | measured | verdict |").AppendLine("| --- | --- | --- | --- |");
            foreach (var t in _targets)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {t.Scenario} | {t.Target} | {t.Measured} | {t.Verdict} |");
            }
        }
        else
        {
            sb.AppendLine("| scenario | target | engine | measured | verdict |").AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var t in _targets.GroupBy(t => (t.Scenario, t.Target)).SelectMany(g => g))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {t.Scenario} | {t.Target} | {t.Engine ?? "—"} | {t.Measured} | {t.Verdict} |");
            }
        }

        sb.AppendLine();
    }

    private static string Cpu()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?
                .Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }
}
