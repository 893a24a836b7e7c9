using IncidentBot.Benchmarks;

// dotnet run -c Release --project tests/IncidentBot.Benchmarks [-- --quick] [--out FILE] [--engine sqlite|postgres|both]
//   [--only ack,store,declare,update,reminders,replicas,postmortem,slow,storm,alerts,statuspage,web,insights]
if (args is [LoadClient.Flag, var botUrl])
{
    await LoadClient.RunAsync(new Uri(botUrl));
    return;
}

var quick = args.Contains("--quick");
var output = Option("--out") ?? Path.Combine(RepoRoot(), "BENCHMARKS.md");
var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var engineOption = Option("--engine")?.ToLowerInvariant();
if (engineOption is not (null or "sqlite" or "postgres" or "both"))
{
    throw new ArgumentException("--engine takes sqlite, postgres or both.");
}

// Without --engine, the scenarios that use a database run on both engines when a PostgreSQL server can be had.
string[] databaseScenarios = ["ack", "store", "declare", "update", "reminders", "replicas", "alerts", "statuspage", "web", "insights", "storm"];
using var postgres = engineOption == "sqlite" || !databaseScenarios.Any(Selected) ? null : PostgresServer.Find(RepoRoot(), required: engineOption is not null);
IReadOnlyList<BenchmarkEngine> engines = engineOption switch
{
    "sqlite" => [BenchmarkEngine.Sqlite],
    "postgres" => [BenchmarkEngine.Postgres],
    _ => postgres is null ? [BenchmarkEngine.Sqlite] : [BenchmarkEngine.Sqlite, BenchmarkEngine.Postgres],
};
var report = new Report();
await OnEachEngineAsync("ack", e => AckLatencyScenario.RunAsync(report, e, quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(10), quick ? 1 : 3));
await OnEachEngineAsync("store", e => AnswerStoreScenario.RunAsync(report, e, quick));
await OnEachEngineAsync("declare", e => DeclareToBriefScenario.RunAsync(report, e, quick ? 5 : 20));
await OnEachEngineAsync("update", e => UpdateToPostedScenario.RunAsync(report, e, quick));
await OnEachEngineAsync("reminders", e => ReminderPrecisionScenario.RunAsync(report, e, quick));
await OnEachEngineAsync("alerts", e => AlertIntakeScenario.RunAsync(report, e, quick));
if (Selected("replicas"))
{
    if (engines.Contains(BenchmarkEngine.Postgres))
    {
        await ReplicaRemindersScenario.RunAsync(report, quick);
    }
    else
    {
        Console.WriteLine("Skipped replicas: it needs PostgreSQL.");
    }
}

if (Selected("postmortem"))
{
    await PostmortemCompileScenario.RunAsync(report, quick);
}

await OnEachEngineAsync("statuspage", e => StatusPageScenario.RunAsync(report, e, quick));

await OnEachEngineAsync("web", e => WebViewScenario.RunAsync(report, e, quick));

await OnEachEngineAsync("insights", e => InsightsScenario.RunAsync(report, e, quick));

if (Selected("slow"))
{
    await SlowConnectionsScenario.RunAsync(report, quick);
}

await OnEachEngineAsync("storm", e => DeclareStormScenario.RunAsync(report, e));

string[] flags = [.. quick ? ["--quick"] : Array.Empty<string>(), .. engineOption is null ? [] : new[] { "--engine", engineOption }];
var command = "dotnet run -c Release --project tests/IncidentBot.Benchmarks" + (flags.Length > 0 ? " -- " + string.Join(' ', flags) : "");
var databases = postgres is null ? "a SQLite file" : $"a SQLite file, or a database of its own on {postgres.Describe()}. " +
    "The targets table names the engine each figure was measured on; a scenario shown without one runs on SQLite or needs no database";
await File.WriteAllTextAsync(output, report.Render(command, databases));
Console.WriteLine($"Wrote {output}");

async Task OnEachEngineAsync(string scenario, Func<BenchmarkEngine, Task> run)
{
    if (Selected(scenario))
    {
        foreach (var engine in engines)
        {
            await run(engine);
        }
    }
}

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
