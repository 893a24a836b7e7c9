using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Oncall;

/// <summary>
/// Answers an <c>/incident oncall</c> that waits for PagerDuty's schedule: reads it (within the on-call client's timeout;
/// a failure becomes the answer, never a retry, as the asker is waiting) and posts the answer ephemerally, in the asker's
/// language, through the command's response_url, once. A response_url Slack no longer takes (expired, used up) is logged.
/// </summary>
public sealed partial class PagerDutyOncallAnswerHandler(
    PagerDutyOncalls pagerDuty, ISlackApi slack, EffectLedger ledger, Wording wording, IncidentBotOptions options,
    ILogger<PagerDutyOncallAnswerHandler> logger) : IWorkHandler
{
    public string Kind => PagerDutyWorkKinds.OncallAnswer;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var question = PagerDutyOncallQuestion.Parse(item.Payload);
        if (!Uri.TryCreate(question.ResponseUrl, UriKind.Absolute, out var url) || !options.PagerDuty.ReadsSchedule)
        {
            return;
        }

        var key = $"pagerduty:oncall-answer:{item.Id.ToString(CultureInfo.InvariantCulture)}";
        if (await ledger.GetAsync(key, ct) is { IsDone: true })
        {
            return;
        }

        var words = await wording.ForAsync(question.UserId, ct);
        var onCall = await pagerDuty.CurrentAsync(words, ct);
        var body = new JsonObject
        {
            ["response_type"] = "ephemeral",
            ["replace_original"] = false,
            ["text"] = PagerDutyOncallAnswer.Describe(words, options.PagerDuty.ScheduleId!.Trim(), onCall),
        };
        try
        {
            await ledger.RunOnceAsync(key, () => slack.PostToResponseUrlAsync(url, body, ct), ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            LogNotAnswered(ex.Error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer /incident oncall with PagerDuty's on-call: Slack said {SlackError} to the response URL")]
    private partial void LogNotAnswered(string slackError);
}
