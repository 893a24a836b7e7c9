using IncidentBot.Hosting;
using IncidentBot.Jobs;
using IncidentBot.Slack.Http;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddress();
builder.AddIncidentBotLogging();
builder.AddIncidentCore();
builder.AddSlack();
builder.AddWork();
builder.AddJobs();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.MapHealthEndpoints();
app.MapSlackEndpoints();
await app.RunAsync();

/// <summary>The host's entry point, visible to tests that start it in process.</summary>
public partial class Program;
