using Serilog;
using Serilog.Formatting.Compact;

namespace IncidentBot.Hosting;

/// <summary>
/// Serilog to the console: readable text by default, JSON with <c>IncidentBot:LogFormat=json</c>.
/// Request bodies and headers are never logged, so tokens and secrets cannot reach the log.
/// </summary>
public static class LoggingRegistration
{
    /// <summary>The values <c>IncidentBot:LogFormat</c> takes.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "json"];

    public static WebApplicationBuilder AddIncidentBotLogging(this WebApplicationBuilder builder)
    {
        var json = string.Equals(builder.Configuration["IncidentBot:LogFormat"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((_, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Quartz", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("System.Net.Http.HttpClient", Serilog.Events.LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }
}
