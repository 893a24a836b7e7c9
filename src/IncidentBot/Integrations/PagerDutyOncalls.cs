using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;

namespace IncidentBot.Integrations;

/// <summary>
/// The PagerDuty schedule's current on-call (REST <c>GET /oncalls</c>, one schedule, users included, earliest entries),
/// lowest escalation level first, each matched to a Slack member by email (<c>users.lookupByEmail</c>). It never throws
/// for PagerDuty or Slack failing: the answer then carries the reason, so the page falls back instead of waiting.
/// The token travels in the Authorization header only and is never logged; nor are emails.
/// </summary>
public sealed partial class PagerDutyOncalls(HttpClient http, IncidentBotOptions options, ISlackApi slack, ILogger<PagerDutyOncalls> logger)
{
    public const string Accept = "application/vnd.pagerduty+json;version=2";

    public async Task<PagerDutyOnCall> CurrentAsync(Words words, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(words);
        IReadOnlyList<PagerDutyOnCallPerson> people;
        try
        {
            people = await ReadAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException
                                  || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var detail = e switch
            {
                HttpRequestException { StatusCode: { } status } => ((int)status).ToString(CultureInfo.InvariantCulture),
                HttpRequestException => words["pagerduty.oncall.no_answer"],
                OperationCanceledException => words["pagerduty.oncall.timed_out"],
                _ => words["pagerduty.oncall.unreadable"],
            };
            LogUnreachable(logger, detail);
            return new PagerDutyOnCall([], words.Text("pagerduty.oncall.unreachable", ("detail", detail)), detail);
        }

        if (people.Count == 0)
        {
            return new PagerDutyOnCall([], words["pagerduty.oncall.nobody"]);
        }

        var users = new List<string>();
        var missing = new List<string>();
        foreach (var person in people)
        {
            var user = person.Email is { Length: > 0 } email ? await LookupAsync(email, ct) : null;
            if (user is null)
            {
                missing.Add(person.Name);
            }
            else if (!users.Contains(user))
            {
                users.Add(user);
            }
        }

        return new PagerDutyOnCall(users, missing.Count == 0 ? null
            : words.Text("pagerduty.oncall.unmapped", ("people", string.Join(", ", missing.Select(SlackTextSafe)))));
    }

    /// <summary>The on-call entries, the lowest escalation level first, one per PagerDuty user, two at most (primary, secondary).</summary>
    private async Task<IReadOnlyList<PagerDutyOnCallPerson>> ReadAsync(CancellationToken ct)
    {
        var pagerDuty = options.PagerDuty;
        var query = $"oncalls?schedule_ids[]={Uri.EscapeDataString(pagerDuty.ScheduleId!.Trim())}&include[]=users&earliest=true";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(pagerDuty.BaseUrl.TrimEnd('/') + "/"), query));
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", $"token={pagerDuty.ApiToken!.Trim()}");
        request.Content = new ByteArrayContent([]);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"PagerDuty answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        var body = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct) as JsonObject
            ?? throw new InvalidOperationException("PagerDuty's answer is not a JSON object");
        var entries = body["oncalls"] as JsonArray ?? throw new InvalidOperationException("PagerDuty's answer has no oncalls");
        return entries.OfType<JsonObject>()
            .Select(e => (User: e["user"] as JsonObject, Level: e["escalation_level"] is JsonValue v && v.TryGetValue<int>(out var l) ? l : int.MaxValue))
            .Where(e => e.User is not null)
            .OrderBy(e => e.Level)
            .DistinctBy(e => (string?)e.User!["id"])
            .Take(2)
            .Select(e => new PagerDutyOnCallPerson(Text(e.User!, "name") ?? Text(e.User!, "summary") ?? Text(e.User!, "id") ?? "?", Text(e.User!, "email"), e.Level))
            .ToList();
    }

    private async Task<string?> LookupAsync(string email, CancellationToken ct)
    {
        try
        {
            return await slack.LookupUserByEmailAsync(email, ct);
        }
        catch (SlackApiException e)
        {
            LogLookupFailed(logger, e.Error);
            return null;
        }
    }

    /// <summary>A PagerDuty name as plain words in Slack: no mention or link syntax.</summary>
    private static string SlackTextSafe(string name) => Slack.Messages.SlackText.Escape(name);

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "PagerDuty's on-call could not be read: {Detail}")]
    private static partial void LogUnreachable(ILogger logger, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A PagerDuty on-call could not be matched to a Slack member: Slack answered {Error}")]
    private static partial void LogLookupFailed(ILogger logger, string error);
}
