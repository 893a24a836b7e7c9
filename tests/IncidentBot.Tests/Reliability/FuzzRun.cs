using System.Collections.Concurrent;
using System.Diagnostics;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>Sends fuzz requests one at a time and notes every answer that a user (or Slack) would hold against the bot.</summary>
internal sealed class FuzzRun(BotHarness bot, TimeSpan limit)
{
    private const int MaxProblems = 25;
    private const string Form = "application/x-www-form-urlencoded";
    private static readonly int[] Acceptable = [200, 400, 401];

    public List<string> Problems { get; } = [];

    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public int Sent { get; private set; }

    public TimeSpan Slowest { get; private set; }

    /// <summary>A well-formed, signed command: answered 200 with text, or with an empty body and a modal opened.</summary>
    public async Task CommandAsync(string text, string user, string channel)
    {
        var modalsBefore = bot.Slack.CallsTo("views.open").Count;
        var answer = await TimedAsync($"command \"{Shorten(text)}\" by {user} in {channel}", () => bot.Requests.CommandAsync(text, user, channel));
        if (answer is null)
        {
            return;
        }

        if (answer.Status != 200)
        {
            Note($"command \"{Shorten(text)}\" by {user} in {channel}: status {answer.Status} {Shorten(answer.Body)}");
        }
        else if (answer.Body.Length == 0 ? bot.Slack.CallsTo("views.open").Count == modalsBefore : string.IsNullOrWhiteSpace(answer.Text))
        {
            Note($"command \"{Shorten(text)}\" by {user} in {channel}: silence (body \"{Shorten(answer.Body)}\", no modal opened)");
        }
    }

    public Task InteractionAsync(string payload) => SendAsync("interaction " + Shorten(payload), "/slack/interactions",
        SlackRequests.FormBody(new Dictionary<string, string> { ["payload"] = payload }), Form, payload.Length > 1_000_000);

    public Task EventAsync(string body) => SendAsync("event " + Shorten(body), "/slack/events", body, "application/json", false);

    /// <summary>Bodies that are not what Slack sends, and requests that are not signed right: 4xx, never 5xx.</summary>
    public async Task MalformedRequestsAsync()
    {
        string[] forms = ["", "%%%", "text=declare", "user_id=U1", "channel_id=C1", "user_id=&channel_id=", "ssl_check=1", "a=b&a=c&&&=",
            "{\"user_id\":\"U1\",\"channel_id\":\"C1\"}", "user_id=U1&channel_id=CGENERAL&text=%FF%FE%00", "payload=%7B%22type%22"];
        foreach (var form in forms)
        {
            await SendAsync("command form " + form, "/slack/commands", form, Form, false);
            await SendAsync("interaction form " + form, "/slack/interactions", form, Form, false);
            await SendAsync("text/plain " + form, "/slack/commands", form, "text/plain", false);
        }

        var body = "user_id=U1&channel_id=CGENERAL&text=list";
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        foreach (var path in new[] { "/slack/commands", "/slack/interactions", "/slack/events" })
        {
            await ExpectAsync(401, path, () => bot.Requests.PostAsync(path, body, Form, signatureOverride: "v0=0000"));
            await ExpectAsync(401, path, () => bot.Requests.PostAsync(path, body, Form, signatureOverride: ""));
            await ExpectAsync(401, path, () => bot.Requests.PostAsync(path, body, Form, timestamp: now - 600));
            await ExpectAsync(401, path, () => bot.Requests.PostAsync(path, body, Form, timestamp: now + 600));
        }
    }

    private async Task ExpectAsync(int status, string what, Func<Task<SlackAnswer>> send)
    {
        if (await TimedAsync(what, send) is { } answer && answer.Status != status)
        {
            Note($"{what}: expected {status}, got {answer.Status}");
        }
    }

    private async Task SendAsync(string what, string path, string body, string contentType, bool oversized)
    {
        var answer = await TimedAsync(what, () => bot.Requests.PostAsync(path, body, contentType));
        if (answer is not null && !Acceptable.Contains(answer.Status) && !(oversized && answer.Status == 413))
        {
            Note($"{what}: status {answer.Status} {Shorten(answer.Body)}");
        }
    }

    private async Task<SlackAnswer?> TimedAsync(string what, Func<Task<SlackAnswer>> send)
    {
        Sent++;
        var watch = Stopwatch.StartNew();
        try
        {
            var answer = await send();
            Statuses.AddOrUpdate(answer.Status, 1, (_, n) => n + 1);
            Slowest = watch.Elapsed > Slowest ? watch.Elapsed : Slowest;
            if (watch.Elapsed > limit)
            {
                Note($"{what}: answered after {watch.ElapsedMilliseconds} ms");
            }

            return answer;
        }
        catch (HttpRequestException ex)
        {
            Note($"{what}: no answer ({ex.Message})");
            return null;
        }
    }

    private void Note(string problem)
    {
        if (Problems.Count < MaxProblems)
        {
            Problems.Add(problem);
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + $"…({text.Length} chars)";
}
