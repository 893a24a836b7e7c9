namespace IncidentBot.Slack.Commands;

/// <summary><c>--type &lt;key&gt;</c> (or <c>--type=&lt;key&gt;</c>) anywhere in <c>/incident declare</c>'s words.</summary>
public static class TypeFlag
{
    public const string Flag = "--type";

    /// <summary>
    /// Takes the flag and its value out of <paramref name="words"/>. False when the flag is absent; true with a null
    /// <paramref name="key"/> when it is there without a value.
    /// </summary>
    public static bool TryTake(List<string> words, out string? key)
    {
        ArgumentNullException.ThrowIfNull(words);
        key = null;
        var at = words.FindIndex(w => string.Equals(w, Flag, StringComparison.OrdinalIgnoreCase)
            || w.StartsWith(Flag + "=", StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return false;
        }

        var word = words[at];
        words.RemoveAt(at);
        if (word.Length > Flag.Length)
        {
            key = word[(Flag.Length + 1)..];
        }
        else if (at < words.Count && !words[at].StartsWith("--", StringComparison.Ordinal))
        {
            key = words[at];
            words.RemoveAt(at);
        }

        key = string.IsNullOrWhiteSpace(key) ? null : key;
        return true;
    }
}
