using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// One incident's whole life as people drive it: declare, give out the lead role, note, update, resolve through the
/// modal. Every answer is kept, with how long it took, for the test to check afterwards.
/// </summary>
internal sealed partial class LifecycleSteps(BotHarness bot)
{
    private const int ResolveTries = 3;

    public ConcurrentBag<StepAnswer> Answers { get; } = [];

    public async Task<int> RunAsync(int index)
    {
        var declared = await SendAsync("declare", () => bot.Requests.CommandAsync($"declare sev2 Lifecycle {index} queue backlog", "U1"));
        var number = int.Parse(Reference().Match(declared.Text).Groups[1].Value, CultureInfo.InvariantCulture);
        var incident = await WaitForChannelAsync(number);
        var channel = incident.ChannelId!;
        await SendAsync("role", () => bot.Requests.CommandAsync("role lead <@U2|bob>", "U1", channel));
        await SendAsync("note", () => bot.Requests.CommandAsync($"note Queue depth for {index} peaked", "U1", channel));
        await SendAsync("update", () => bot.Requests.CommandAsync($"update Draining the backlog of {index}", "U1", channel));
        await ResolveAsync(incident);
        return number;
    }

    private async Task ResolveAsync(Incident incident)
    {
        for (var attempt = 1; attempt <= ResolveTries; attempt++)
        {
            var opened = await SendAsync("resolve", () => bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!));
            if (opened.Body.Length == 0)
            {
                var view = bot.Slack.State.Views.Last(v => v.CallbackId == ResolveModal.CallbackId && IncidentOf(v.Json) == incident.Id);
                await SendAsync("resolve submission", () => bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
                    ("resolution_summary", Text("Drained the queue")), ("root_cause", Text("A stuck consumer")),
                    ("resolve_options", Checks("impact_confirmed", "start_postmortem"))))));
                return;
            }

            // Slack could not open the form in time (views.open kept failing): the person runs the command again.
            TestContext.Out.WriteLine($"{incident.Reference}: resolve form did not open ({opened.Text}); trying again");
        }

        Assert.Fail($"{incident.Reference}: the resolve form never opened in {ResolveTries} tries.");
    }

    private async Task<Incident> WaitForChannelAsync(int number)
    {
        var store = bot.Services.GetRequiredServiceOf<IncidentStore>();
        Incident? incident = null;
        await Eventually.TrueAsync(async () => (incident = await store.GetByNumberAsync(number)) is { ChannelId: not null },
            TimeSpan.FromSeconds(60), $"INC-{number}'s channel");
        return incident!;
    }

    private async Task<SlackAnswer> SendAsync(string step, Func<Task<SlackAnswer>> send)
    {
        var watch = Stopwatch.StartNew();
        var answer = await send();
        Answers.Add(new StepAnswer(step, answer, watch.Elapsed));
        return answer;
    }

    private static long? IncidentOf(string viewJson) =>
        long.TryParse(JsonNode.Parse(viewJson)?["private_metadata"]?.GetValue<string>(), CultureInfo.InvariantCulture, out var id) ? id : null;

    [GeneratedRegex(@"INC-(\d+)")]
    private static partial Regex Reference();
}
