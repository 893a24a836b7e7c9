using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Opaque offset cursors for paginated methods, carried in <c>response_metadata.next_cursor</c>.</summary>
internal static class Cursor
{
    private const string Prefix = "offset:";

    /// <summary>Applies <c>cursor</c> and <c>limit</c> to items and writes <c>response_metadata</c> into the body.</summary>
    public static IReadOnlyList<T> Page<T>(ApiRequest req, IReadOnlyList<T> items, JsonObject body, int defaultLimit = 100, int maxLimit = 1000)
    {
        var limit = req.Number("limit") ?? defaultLimit;
        if (limit < 0)
        {
            throw new SlackApiException("invalid_limit");
        }

        limit = limit == 0 ? defaultLimit : Math.Min(limit, maxLimit);
        var offset = Decode(req.Get("cursor"));
        if (offset > items.Count)
        {
            throw new SlackApiException("invalid_cursor");
        }

        var page = items.Skip(offset).Take(limit).ToArray();
        var next = offset + page.Length;
        var hasMore = next < items.Count;
        body["response_metadata"] = new JsonObject
        {
            ["next_cursor"] = hasMore ? Encode(next) : string.Empty,
        };
        if (req.Method == "conversations.history")
        {
            body["has_more"] = hasMore;
        }

        return page;
    }

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to invalid_cursor.
        }

        throw new SlackApiException("invalid_cursor");
    }
}
