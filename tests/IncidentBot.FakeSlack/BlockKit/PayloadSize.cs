using System.Text;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>
/// Slack's limits on a whole payload rather than on one block: a message's blocks may hold about 12,000 characters of
/// text in all (more is refused with <c>msg_blocks_too_long</c>, though each block is valid), and a modal or Home view
/// at most 250 kB of JSON (<c>view_too_large</c>).
/// </summary>
public static class PayloadSize
{
    public const int MaxMessageBlockText = 12_000;
    public const int MaxViewBytes = 250_000;
    public const string BlocksTooLong = "msg_blocks_too_long";
    public const string ViewTooLarge = "view_too_large";

    /// <summary>The characters of every text string in the blocks: text objects, fields, context elements, buttons.</summary>
    public static int BlockText(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => p.Key == "text" && Violations.StringOf(p.Value) is { } s ? s.Length : BlockText(p.Value)),
        JsonArray a => a.Sum(BlockText),
        _ => 0,
    };

    public static int Bytes(string json) => Encoding.UTF8.GetByteCount(json);

    /// <summary>
    /// Why Slack would refuse these blocks as a message (a post, an update, a response_url post or a command's answer),
    /// in Slack's wording; empty when it would take them.
    /// </summary>
    public static IReadOnlyList<string> MessageProblems(JsonArray blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var problems = BlockKitValidator.ValidateBlocks(blocks, BlockSurface.Message);
        var text = BlockText(blocks);
        return text > MaxMessageBlockText
            ? [.. problems, $"[ERROR] {BlocksTooLong}: the blocks hold {text} characters of text, more than {MaxMessageBlockText}"]
            : problems;
    }
}
