using IncidentBot.Benchmarks;

// dotnet run -c Release --project tests/IncidentBot.Benchmarks [-- --quick] [-- --out FILE]
var quick = args.Contains("--quick");
var outIndex = Array.IndexOf(args, "--out");
var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine(RepoRoot(), "BENCHMARKS.md");
var report = new Report();
await AckLatencyScenario.RunAsync(report, quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(10));
await DeclareToBriefScenario.RunAsync(report, quick ? 5 : 20);
await File.WriteAllTextAsync(output, report.Render("dotnet run -c Release --project tests/IncidentBot.Benchmarks"));
Console.WriteLine($"Wrote {output}");

static string RepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IncidentBot.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
