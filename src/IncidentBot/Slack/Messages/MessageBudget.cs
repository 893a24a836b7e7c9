using System.Text;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// Slack's limits on a whole payload, and the one way every builder keeps within them: whole items, in order, while
/// they fit, then a "… n more" line. A message holds 50 blocks, and Slack refuses one whose blocks hold more than about
/// 12,000 characters of text in all (<c>msg_blocks_too_long</c>, though each block is valid), so messages keep to
/// 10,000. A modal or the Home tab holds 100 blocks and 250 kB of JSON (<c>view_too_large</c>), so views keep to
/// 200,000 bytes. Pure: the same blocks always give the same cut.
/// </summary>
public sealed record MessageBudget(int MaxBlocks, int MaxText, int MaxBytes)
{
    public static MessageBudget Message { get; } = new(Blocks.MessageBlockMax, 10_000, int.MaxValue);

    public static MessageBudget View { get; } = new(Blocks.ModalBlockMax, int.MaxValue, 200_000);

    /// <summary>
    /// The head, as many items as fit, then (when some were left out) the block <paramref name="more"/> makes for how
    /// many, then the tail.
    /// </summary>
    public (JsonArray Blocks, int Shown) Fit(IReadOnlyList<JsonObject> head, IReadOnlyList<JsonObject> items,
        Func<int, JsonObject> more, IReadOnlyList<JsonObject>? tail = null)
    {
        tail ??= [];
        var shown = Take([.. head, .. tail], items, 0, more);
        var blocks = new List<JsonObject>(head);
        blocks.AddRange(items.Take(shown));
        if (shown < items.Count)
        {
            blocks.Add(more(items.Count - shown));
        }

        blocks.AddRange(tail);
        return (Blocks.Array(blocks), shown);
    }

    /// <summary>
    /// The items cut into pages that each fit beside <paramref name="fixedBlocks"/> and the more block: each page's first
    /// item and how many it holds (at least one, so paging always ends).
    /// </summary>
    public IReadOnlyList<(int Start, int Count)> Pages(IReadOnlyList<JsonObject> fixedBlocks, IReadOnlyList<JsonObject> items,
        Func<int, JsonObject> more)
    {
        var pages = new List<(int, int)>();
        for (var start = 0; start < items.Count;)
        {
            var count = Math.Max(1, Take(fixedBlocks, items, start, more));
            pages.Add((start, count));
            start += count;
        }

        return pages;
    }

    /// <summary>Whether blocks fit in this budget.</summary>
    public bool Holds(IEnumerable<JsonObject> blocks) => Fits(Size.Of(blocks));

    /// <summary>
    /// Whole lines, in order, joined while they and the line <paramref name="more"/> makes for how many were left out
    /// fit in <paramref name="maxChars"/> (a section's 3,000, say): a list is never cut inside a line.
    /// </summary>
    public static string Lines(IReadOnlyList<string> lines, int maxChars, Func<int, string> more)
    {
        var all = string.Join('\n', lines);
        if (all.Length <= maxChars)
        {
            return all;
        }

        var room = maxChars - more(lines.Count).Length - 1;
        var text = new StringBuilder();
        var shown = 0;
        while (shown < lines.Count && text.Length + (shown > 0 ? 1 : 0) + lines[shown].Length <= room)
        {
            text.Append(shown > 0 ? "\n" : "").Append(lines[shown]);
            shown++;
        }

        return text.Append(shown > 0 ? "\n" : "").Append(more(lines.Count - shown)).ToString();
    }

    private int Take(IReadOnlyList<JsonObject> fixedBlocks, IReadOnlyList<JsonObject> items, int start, Func<int, JsonObject> more)
    {
        var used = Size.Of(fixedBlocks);
        var rest = items.Skip(start).ToList();
        if (Fits(used + Size.Of(rest)))
        {
            return rest.Count;
        }

        // Room for the more block at its longest (the largest count), whatever count it ends up showing.
        used += Size.Of([more(items.Count)]);
        var taken = 0;
        foreach (var item in rest)
        {
            var next = used + Size.Of([item]);
            if (!Fits(next))
            {
                break;
            }

            used = next;
            taken++;
        }

        return taken;
    }

    private bool Fits(Size size) => size.Blocks <= MaxBlocks && size.Text <= MaxText && size.Bytes <= MaxBytes;

    /// <summary>What a run of blocks costs: how many, their text characters, and their JSON bytes as sent.</summary>
    private readonly record struct Size(int Blocks, int Text, int Bytes)
    {
        public static Size operator +(Size a, Size b) => new(a.Blocks + b.Blocks, a.Text + b.Text, a.Bytes + b.Bytes);

        public static Size Of(IEnumerable<JsonObject> blocks) =>
            blocks.Aggregate(new Size(), (sum, b) => sum + new Size(1, TextOf(b), Encoding.UTF8.GetByteCount(b.ToJsonString()) + 1));

        /// <summary>Characters of every text string: text objects, fields, context elements, buttons.</summary>
        private static int TextOf(JsonNode? node) => node switch
        {
            JsonObject o => o.Sum(p => p.Key == "text" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s.Length : TextOf(p.Value)),
            JsonArray a => a.Sum(TextOf),
            _ => 0,
        };
    }
}
