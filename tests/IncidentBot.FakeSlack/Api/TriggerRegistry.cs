using System.Security.Cryptography;

namespace IncidentBot.FakeSlack;

/// <summary>Trigger IDs: valid for 3 seconds (per TimeProvider) and usable once, like Slack's.</summary>
internal sealed class TriggerRegistry(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Trigger> _triggers = new(StringComparer.Ordinal);

    public string Issue(string? userId)
    {
        var id = "12345.67890." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        lock (_gate)
        {
            _triggers[id] = new Trigger(time.GetUtcNow(), userId, Used: false);
        }

        return id;
    }

    /// <summary>Uses up the trigger; returns the user it was issued for, or throws Slack's trigger error.</summary>
    public string? Redeem(string? triggerId)
    {
        lock (_gate)
        {
            if (triggerId is null || !_triggers.TryGetValue(triggerId, out var trigger))
            {
                throw new SlackApiException("invalid_trigger_id", ["[ERROR] invalid `trigger_id`"]);
            }

            if (trigger.Used)
            {
                throw new SlackApiException("exchanged_trigger_id");
            }

            if (time.GetUtcNow() - trigger.IssuedAt > Lifetime)
            {
                throw new SlackApiException("expired_trigger_id");
            }

            _triggers[triggerId] = trigger with { Used = true };
            return trigger.UserId;
        }
    }

    private sealed record Trigger(DateTimeOffset IssuedAt, string? UserId, bool Used);
}
