using IncidentBot.Alerts;
using IncidentBot.Hosting;
using IncidentBot.Jobs;
using IncidentBot.Monitoring;
using IncidentBot.Slack.Http;
using IncidentBot.StatusPage;

if (args is [MigrateToPostgres.CommandName, ..])
{
    return await MigrateToPostgres.RunAsync(args[1..], new ConfigurationBuilder().AddEnvironmentVariables().Build(), Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
if (SettingsCheck.Problems(builder.Configuration) is { Count: > 0 } problems)
{
    SettingsCheck.Report(problems, Console.Error);
    return 1;
}

builder.UseDefaultAddress();
builder.UseSlackSizedLimits();
builder.AddIncidentBotLogging();
builder.AddIncidentCore();
builder.AddSlack();
builder.AddWork();
builder.AddJobs();
builder.AddMetrics();
builder.AddAlerts();
builder.AddStakeholders();
builder.AddStatusPage();
builder.AddOncall();
builder.AddPagerDuty();
builder.AddOpsgenie();
builder.AddTickets();
builder.AddStatuspage();
builder.AddZoom();
builder.AddWeb();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseRequestMetrics();
app.MapHealthEndpoints();
app.MapSlackEndpoints();
app.MapPagerDutyHook();
app.MapOpsgenieHook();
app.MapAlertHooks();
app.MapMetricsEndpoint();
app.MapStatusPage();
app.MapWebView();
await app.RunAsync();
return 0;

/// <summary>The host's entry point, visible to tests that start it in process.</summary>
public partial class Program;
