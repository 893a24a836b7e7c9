using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>One incident type, resolved from configuration: what an incident declared with it starts with.</summary>
public sealed record IncidentType(
    string Key,
    string Label,
    bool IsPrivate,
    IReadOnlyList<string> Roles,
    TimeSpan? UpdateCadence,
    IReadOnlyList<string> Runbooks)
{
    /// <summary>The label per language code where one is configured (<c>IncidentBot__Types__security__Label__ru</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The war-room activation list as configured; null: the practice's own, in the workspace's language.</summary>
    public IReadOnlyList<string>? Activation { get; init; }

    /// <summary>The verification list before resolving as configured; null: the practice's own.</summary>
    public IReadOnlyList<string>? Verification { get; init; }

    public bool IsDefault => Key == DefaultTypes.DefaultKey;

    /// <summary>
    /// The label in <paramref name="words"/>' language: the one configured for it (<c>…__Label__ru</c>), else the
    /// catalogue's translation while the label is still the default, else the label as configured.
    /// </summary>
    public string LabelIn(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (Labels.TryGetValue(words.Language.Code, out var configured))
        {
            return configured;
        }

        var key = $"types.label.{Key}";
        return DefaultTypes.Types().TryGetValue(Key, out var defaults) && defaults.Label == Label && words.Has(key)
            ? words[key]
            : Label;
    }

    public bool Matches(string text) => string.Equals(Key, text.Trim(), StringComparison.OrdinalIgnoreCase);
}
