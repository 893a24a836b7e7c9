namespace IncidentBot.Core.Texts;

/// <summary>
/// Cuts text to a length without breaking what Slack reads in it: the cut never falls inside a Slack token
/// (<c>&lt;@U1|bob&gt;</c>, <c>&lt;https://…|label&gt;</c>), an entity (<c>&amp;amp;</c>) or a surrogate pair, where half
/// a token would show as broken markup or swallow the text after it.
/// </summary>
public static class TextCut
{
    /// <summary>The length of the longest entity Slack uses, <c>&amp;amp;</c>.</summary>
    private const int MaxEntityLength = 5;

    /// <summary><paramref name="text"/> if it fits <paramref name="max"/>, else its start ending with <paramref name="marker"/>.</summary>
    public static string Truncate(string text, int max, string marker) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, Boundary(text, max - marker.Length)), marker);

    /// <summary>The last place at or before <paramref name="cut"/> that is not inside a token, an entity or a character.</summary>
    private static int Boundary(string text, int cut)
    {
        var open = cut > 0 ? text.LastIndexOf('<', cut - 1) : -1;
        if (open >= 0 && text.IndexOf('>', open) is var close && close >= cut)
        {
            cut = open;
        }

        var amp = cut > 0 ? text.LastIndexOf('&', cut - 1, Math.Min(cut, MaxEntityLength)) : -1;
        if (amp >= 0 && text.IndexOf(';', amp) is var end && end >= cut && end - amp < MaxEntityLength)
        {
            cut = amp;
        }

        return cut > 0 && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }
}
