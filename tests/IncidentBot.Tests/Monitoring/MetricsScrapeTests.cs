using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Hosting;
using IncidentBot.Monitoring;
using IncidentBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;

namespace IncidentBot.Tests.Monitoring;

/// <summary>A scrape answers even when the database cannot be read: the other metrics, and the failure counted.</summary>
[TestFixture]
public sealed class MetricsScrapeTests
{
    [Test]
    public async Task Answer_WhenTheDatabaseCannotBeRead_Is200WithTheFailureCounted()
    {
        var scrape = CreateSut();
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        var result = await scrape.AnswerAsync(http);
        await result.ExecuteAsync(http);

        Assert.That(http.Response.StatusCode, Is.EqualTo(200));
        http.Response.Body.Position = 0;
        var metrics = PrometheusText.Parse(await new StreamReader(http.Response.Body).ReadToEndAsync());
        Assert.That(metrics.Value(StoredStateGauges.ReadFailuresName), Is.EqualTo(1));
        Assert.That(metrics.Value(HttpMetrics.ResponsesName), Is.Zero, "the rest is served as it stands");
    }

    private static MetricsScrape CreateSut()
    {
        var registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(registry);
        // A database in a folder that does not exist: every read fails.
        var database = new SqliteDatabase(Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "bot.db"));
        var ladder = SeverityLadder.From(OptionsBinder.Bind(new ConfigurationBuilder().Build().GetSection("IncidentBot")));
        var gauges = new StoredStateGauges(factory, new OutboxStore(database), new IncidentStore(database), ladder, TimeProvider.System,
            NullLogger<StoredStateGauges>.Instance);
        _ = new HttpMetrics(factory);
        return new MetricsScrape(new MetricsAccess(null), gauges, registry, NullLogger<MetricsScrape>.Instance);
    }
}
