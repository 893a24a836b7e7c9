using System.Globalization;

namespace IncidentBot.FakeSlack;

/// <summary>Issues Slack-shaped IDs (<c>C…</c>, <c>V…</c>, <c>F…</c>) and message timestamps.</summary>
internal sealed class SlackIds(TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _counter;
    private long _lastTsMicros;

    /// <summary>A new ID such as <c>C0000000001</c>; the counter is shared so IDs never collide.</summary>
    public string Next(char prefix)
    {
        var n = Interlocked.Increment(ref _counter);
        return prefix + n.ToString("D10", CultureInfo.InvariantCulture);
    }

    /// <summary>A message ts like <c>1732480000.000100</c>, strictly increasing across the workspace.</summary>
    public string NextTs()
    {
        var nowMicros = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        long micros;
        lock (_gate)
        {
            micros = Math.Max(nowMicros, _lastTsMicros + 1);
            _lastTsMicros = micros;
        }

        var seconds = micros / 1_000_000;
        var fraction = micros % 1_000_000;
        return string.Create(CultureInfo.InvariantCulture, $"{seconds}.{fraction:D6}");
    }

    public long UnixSeconds() => time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>A view hash like Slack's <c>156772938.1827394</c>.</summary>
    public string NextHash() =>
        string.Create(CultureInfo.InvariantCulture, $"{UnixSeconds()}.{Interlocked.Increment(ref _counter):x8}");
}
