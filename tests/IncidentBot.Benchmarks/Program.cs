using IncidentBot.Benchmarks;

// dotnet run -c Release --project tests/IncidentBot.Benchmarks [-- --quick] [--out FILE] [--only ack,store,declare,update,reminders,postmortem,slow,storm]
if (args is [LoadClient.Flag, var botUrl])
{
    await LoadClient.RunAsync(new Uri(botUrl));
    return;
}

var quick = args.Contains("--quick");
var output = Option("--out") ?? Path.Combine(RepoRoot(), "BENCHMARKS.md");
var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var report = new Report();
if (Selected("ack"))
{
    await AckLatencyScenario.RunAsync(report, quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(10), quick ? 1 : 3);
}

if (Selected("store"))
{
    await AnswerStoreScenario.RunAsync(report, quick);
}

if (Selected("declare"))
{
    await DeclareToBriefScenario.RunAsync(report, quick ? 5 : 20);
}

if (Selected("update"))
{
    await UpdateToPostedScenario.RunAsync(report, quick);
}

if (Selected("reminders"))
{
    await ReminderPrecisionScenario.RunAsync(report, quick);
}

if (Selected("postmortem"))
{
    await PostmortemCompileScenario.RunAsync(report, quick);
}

if (Selected("slow"))
{
    await SlowConnectionsScenario.RunAsync(report, quick);
}

if (Selected("storm"))
{
    await DeclareStormScenario.RunAsync(report);
}

var command = "dotnet run -c Release --project tests/IncidentBot.Benchmarks" + (quick ? " -- --quick" : "");
await File.WriteAllTextAsync(output, report.Render(command));
Console.WriteLine($"Wrote {output}");

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

bool Selected(string scenario) => only is null || only.Contains(scenario, StringComparer.OrdinalIgnoreCase);

static string RepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IncidentBot.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
