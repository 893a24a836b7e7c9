using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using IncidentBot.Testing;
using IncidentBot.Work;

namespace IncidentBot.Tests.Work;

/// <summary>
/// On PostgreSQL the running bot rebuilds the search documents of incidents written in the last few seconds by itself,
/// with no search asking: a declare and its follow-up only note the incident as stale.
/// </summary>
[TestFixture]
public sealed class SearchIndexCatchUpTests
{
    [Test]
    public async Task Declare_OnPostgres_ItsSearchDocumentIsBuiltInTheBackground()
    {
        PostgresRequired.Server();
        await using var bot = await BotHarness.StartAsync();
        if (bot.Database.Engine != DatabaseEngine.Postgres)
        {
            Assert.Ignore("the PostgreSQL run's test");
        }

        var incident = await ResolveSteps.DeclareAsync(bot, "declare sev1 Checkout is failing");

        await Eventually.TrueAsync(async () => await bot.Database.ReadAsync(async c =>
                await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM incident_search_stale") == 0
                && await c.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM incident_search WHERE incident_id = @id AND document @@ to_tsquery('simple', 'checkout')",
                    new { id = incident.Id }) == 1),
            TimeSpan.FromSeconds(3 * SearchIndexCatchUp.Interval.TotalSeconds), "the background catch-up to index the new incident");
    }
}
