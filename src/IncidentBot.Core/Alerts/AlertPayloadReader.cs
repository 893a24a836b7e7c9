using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Reads a delivery: Alertmanager's webhook payload (version 4), Grafana-managed alerting's webhook payload (the same
/// group shape, version 1, with Grafana's extra fields), or the generic hook's small shape. Anything not of that shape
/// is refused with the reason; nothing from a refused delivery is recorded.
/// </summary>
public static class AlertPayloadReader
{
    public static AlertReading Read(string source, ReadOnlyMemory<byte> body)
    {
        var (document, refused) = HookJson.Parse(body);
        if (document is null)
        {
            return AlertReading.Refused(refused!);
        }

        using (document)
        {
            try
            {
                var root = document.RootElement;
                var alerts = source == AlertSources.Generic ? [ReadGeneric(root)] : ReadGroup(source, root);
                return new AlertReading(alerts, null);
            }
            catch (AlertPayloadException ex)
            {
                return AlertReading.Refused(ex.Message);
            }
        }
    }

    private static List<ReceivedAlert> ReadGroup(string source, JsonElement root)
    {
        if (source == AlertSources.Alertmanager)
        {
            Expect(Text(root, "version") == "4", "\"version\" must be \"4\" (Alertmanager's webhook payload version 4)");
        }

        var groupKey = Text(root, "groupKey");
        Expect(root.TryGetProperty("alerts", out var alerts) && alerts.ValueKind == JsonValueKind.Array, "\"alerts\" must be an array");
        var count = alerts.GetArrayLength();
        Expect(count is > 0 and <= AlertPayloadLimits.MaxAlerts, $"\"alerts\" must hold 1 to {AlertPayloadLimits.MaxAlerts} alerts");
        var read = new List<ReceivedAlert>(count);
        var index = 0;
        foreach (var alert in alerts.EnumerateArray())
        {
            var at = $"alerts[{index++}]";
            Expect(alert.ValueKind == JsonValueKind.Object, $"{at} must be an object");
            var fingerprint = Text(alert, "fingerprint", at) is { Length: > 0 } own ? own
                : groupKey is { Length: > 0 } ? groupKey
                : throw new AlertPayloadException($"{at} has no \"fingerprint\" and the payload no \"groupKey\"");
            var url = Link(alert, "generatorURL", at) ?? Link(alert, "panelURL", at) ?? Link(alert, "dashboardURL", at);
            var links = Links(alert, at, (AlertLinkKinds.Source, "generatorURL"), (AlertLinkKinds.Dashboard, "dashboardURL"),
                (AlertLinkKinds.Panel, "panelURL"), (AlertLinkKinds.Silence, "silenceURL"));
            read.Add(new ReceivedAlert(Fingerprint(fingerprint, at), Status(alert, at, required: true), Map(alert, "labels", at, required: true),
                Map(alert, "annotations", at, required: false), Time(alert, "startsAt", at), url, Links: links));
        }

        return read;
    }

    private static ReceivedAlert ReadGeneric(JsonElement root)
    {
        var title = Text(root, "title");
        Expect(!string.IsNullOrWhiteSpace(title), "\"title\" is required: a non-empty string");
        var fingerprint = Text(root, "fingerprint") is { Length: > 0 } given ? given : title!.Trim();
        return new ReceivedAlert(Fingerprint(fingerprint, "body"), Status(root, "body", required: false), Map(root, "labels", "body", required: false),
            new Dictionary<string, string>(), null, Link(root, "url", "body"), title, Text(root, "severity"), Text(root, "description"),
            Links(root, "body", (AlertLinkKinds.Source, "url")));
    }

    private static AlertStatus Status(JsonElement element, string at, bool required) => Text(element, "status", at) switch
    {
        "firing" => AlertStatus.Firing,
        "resolved" => AlertStatus.Resolved,
        null when !required => AlertStatus.Firing,
        _ => throw new AlertPayloadException($"{at}: \"status\" must be \"firing\" or \"resolved\""),
    };

    private static string Fingerprint(string value, string at)
    {
        Expect(value.Length <= AlertPayloadLimits.MaxFingerprintLength, $"{at}: the fingerprint is longer than {AlertPayloadLimits.MaxFingerprintLength} characters");
        return value;
    }

    private static Dictionary<string, string> Map(JsonElement element, string name, string at, bool required)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Expect(!required, $"{at}: \"{name}\" is required");
            return map;
        }

        Expect(value.ValueKind == JsonValueKind.Object, $"{at}: \"{name}\" must be an object of strings");
        foreach (var property in value.EnumerateObject())
        {
            Expect(property.Value.ValueKind == JsonValueKind.String, $"{at}: {name}.{Short(property.Name)} must be a string");
            Expect(map.Count < AlertPayloadLimits.MaxLabels, $"{at}: \"{name}\" has more than {AlertPayloadLimits.MaxLabels} entries");
            map[property.Name] = Bounded(property.Value.GetString()!, $"{at}: {name}.{Short(property.Name)}");
        }

        return map;
    }

    /// <summary>An absolute http(s) link, or null: anything else (a <c>javascript:</c> link, a relative path, "") is not shown.</summary>
    private static string? Link(JsonElement element, string name, string at) => AlertLink.WebAddress(Text(element, name, at));

    /// <summary>The fields' links that are web addresses, by kind.</summary>
    private static List<AlertLink> Links(JsonElement element, string at, params (string Kind, string Field)[] fields) =>
        fields.Select(f => Link(element, f.Field, at) is { } url ? new AlertLink(f.Kind, url) : null).OfType<AlertLink>().ToList();

    /// <summary>Alertmanager's zero time (<c>0001-01-01T00:00:00Z</c>) and a missing time are no time.</summary>
    private static DateTimeOffset? Time(JsonElement element, string name, string at)
    {
        if (Text(element, name, at) is not { } text)
        {
            return null;
        }

        Expect(DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time), $"{at}: \"{name}\" is not an RFC 3339 time");
        return time.Year <= 1 ? null : time;
    }

    private static string? Text(JsonElement element, string name, string at = "body")
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value.ValueKind == JsonValueKind.String, $"{at}: \"{name}\" must be a string");
        return Bounded(value.GetString()!, $"{at}: \"{name}\"");
    }

    private static string Bounded(string value, string what)
    {
        Expect(value.Length <= AlertPayloadLimits.MaxValueLength, $"{what} is longer than {AlertPayloadLimits.MaxValueLength} characters");
        return value;
    }

    private static string Short(string name) => name.Length <= 64 ? name : name[..64] + "…";

    private static void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            throw new AlertPayloadException(problem);
        }
    }
}
