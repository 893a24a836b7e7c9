using System.Diagnostics;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.Interactions;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// Thousands of seeded random commands, interactions and events — real words in bad orders, wrong types, unicode,
/// control characters, truncated and huge bodies — against the real host: never a 5xx, never silence, never slow.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FuzzTests
{
    private const int Commands = 1_500;
    private const int Interactions = 320;
    private const int Events = 240;
    private static readonly TimeSpan Slack3Seconds = TimeSpan.FromSeconds(3);
    private BotHarness _bot = null!;
    private FuzzRun _run = null!;

    [SetUp]
    public async Task StartAsync()
    {
        // Feed pacing (one post a second) would only stretch the wait for the fuzzed declares' Slack work to finish.
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Error" },
            services: s => s.Configure<SlackApiOptions>(o => o.PostMessageInterval = TimeSpan.FromMilliseconds(20)));
        _run = new FuzzRun(_bot, Slack3Seconds);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task RandomRequests_FromEveryChannel_AreAnsweredQuicklyWithoutServerErrorsOrSilence()
    {
        var watch = Stopwatch.StartNew();
        var vocabulary = await VocabularyAsync();
        await SendAllAsync(vocabulary).WaitAsync(TimeSpan.FromSeconds(30));
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(25));
        using var health = await _bot.Http.GetAsync("healthz");
        TestContext.Out.WriteLine($"{_run.Sent} requests in {watch.Elapsed.TotalSeconds:0.0} s; slowest {_run.Slowest.TotalMilliseconds:0} ms; " +
            $"statuses {string.Join(", ", _run.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");

        Assert.That(_run.Sent, Is.GreaterThanOrEqualTo(2_000));
        Assert.That(_run.Problems, Is.Empty, "requests answered wrongly");
        Assert.That((int)health.StatusCode, Is.EqualTo(200), "still healthy");
        var failed = await _bot.Database.ReadAsync(c => Dapper.SqlMapper.QueryAsync<string>(c,
            "SELECT kind || ': ' || COALESCE(last_error, '') FROM outbox WHERE status = 'failed'"));
        Assert.That(failed, Is.Empty, "no queued work crashed");
    }

    private async Task SendAllAsync(FuzzVocabulary vocabulary)
    {
        var random = new Random(20261124);
        var commands = new FuzzCommands(random, vocabulary);
        var payloads = new FuzzPayloads(random, vocabulary);
        var events = new FuzzEvents(random, vocabulary);
        for (var i = 0; i < Commands; i++)
        {
            await _run.CommandAsync(commands.NextText(), Pick(random, FuzzVocabulary.Users), Pick(random, vocabulary.Channels));
        }

        for (var i = 0; i < Interactions; i++)
        {
            await _run.InteractionAsync(payloads.NextPayload());
        }

        for (var i = 0; i < Events; i++)
        {
            await _run.EventAsync(events.NextBody());
        }

        await _run.MalformedRequestsAsync();
    }

    /// <summary>Three real incidents (one private) give the fuzzer incident channels and ids to aim at.</summary>
    private async Task<FuzzVocabulary> VocabularyAsync()
    {
        var incidents = new[]
        {
            await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing"),
            await ResolveSteps.DeclareAsync(_bot, "declare sev2 --private Search is slow", "U2"),
            await ResolveSteps.DeclareAsync(_bot, "declare sev3 Dashboards lag", "U3"),
        };
        var services = _bot.Services;
        var channels = incidents.Select(i => i.ChannelId!).Concat(["CGENERAL", BotHarness.FeedChannel, "CUNKNOWN1", "DU1", "G0PRIVATE"]);
        return new FuzzVocabulary(
            services.GetRequiredServiceOf<CommandCatalog>().All.Select(c => c.Name).ToList(),
            services.GetServices<IBlockActionHandler>().Select(h => h.ActionId).ToList(),
            services.GetServices<IViewSubmissionHandler>().Select(h => h.CallbackId).ToList(),
            [.. channels],
            [.. incidents.Select(i => i.Id), 0, 999]);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
