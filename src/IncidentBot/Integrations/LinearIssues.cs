using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;

namespace IncidentBot.Integrations;

/// <summary>
/// The variables of Linear's <c>issueCreate</c> mutation for an action item: the configured team, a title naming the
/// incident and the item, the item's priority (P0 urgent, P1 high, P2 medium, P3 low), its due date, and a Markdown
/// description holding the incident, a link to its Slack channel, and the post-mortem's context (what happened and the
/// root cause, as the resolution recorded them). Everything a member typed is escaped, so it cannot become a link,
/// a heading, a list or HTML.
/// </summary>
public static partial class LinearIssues
{
    public const int MaxTitle = 255;

    /// <summary>The mutation, asking back the issue's identifier (<c>ENG-12</c>) and address.</summary>
    public const string CreateMutation =
        "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier url } } }";

    /// <summary>The query reading an issue's workflow state type (by id or identifier).</summary>
    public const string StateQuery = "query IssueState($id: String!) { issue(id: $id) { id identifier state { type } } }";

    /// <summary>The query finding an issue by the id the bot gave it.</summary>
    public const string FindQuery = "query IssueFind($id: String!) { issue(id: $id) { id identifier url } }";

    /// <summary>
    /// The id the bot gives an item's issue (Linear takes a client-chosen UUID v4): derived from the Slack workspace and
    /// the item, so every attempt to file the item names the same issue.
    /// </summary>
    public static string IssueId(string workspace, long actionItemId)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(
            $"incidentbot:linear:{workspace}:{actionItemId.ToString(CultureInfo.InvariantCulture)}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    /// <summary>Linear's priorities: 1 urgent, 2 high, 3 medium, 4 low (0 is none).</summary>
    public static int Priority(string priority) => priority.ToLowerInvariant() switch
    {
        "p0" => 1,
        "p1" => 2,
        "p2" => 3,
        "p3" => 4,
        _ => 0,
    };

    public static JsonObject Create(LinearOptions linear, Words words, Incident incident, SeverityLadder ladder, ActionItem item,
        Resolution? resolution, Uri? incidentLink, string? issueId = null)
    {
        ArgumentNullException.ThrowIfNull(linear);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(item);
        var text = OneLine(item.Text);
        var title = words.Text("tickets.jira.summary", ("reference", incident.Reference), ("number", item.Number), ("text", text));
        var due = item.Due is { } d
            ? words.Text("tickets.jira.due", ("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : words["tickets.jira.no_due"];
        var md = new StringBuilder();
        md.Append(Escape(words.Text("tickets.jira.from", ("reference", incident.Reference), ("number", item.Number),
            ("severity", ladder.For(incident).DisplayKey), ("title", OneLine(incident.Title))))).Append("\n\n");
        md.Append(Escape(text)).Append("\n\n");
        if (incidentLink is not null)
        {
            md.Append('[').Append(Escape(words["tickets.jira.incident_link"])).Append("](").Append(incidentLink.AbsoluteUri).Append(")\n\n");
        }

        md.Append(Escape(words.Text("tickets.jira.plan", ("priority", item.Priority.ToUpperInvariant()), ("due", due)))).Append("\n\n");
        if (resolution is not null)
        {
            AddSection(md, words["tickets.jira.summary_heading"], resolution.Summary);
            AddSection(md, words["tickets.jira.root_cause_heading"], resolution.RootCause);
        }

        md.Append(Escape(words["tickets.linear.footer"])).Append('\n');
        var input = new JsonObject
        {
            ["teamId"] = linear.TeamId,
            ["id"] = issueId,
            ["title"] = title.Length > MaxTitle ? title[..(MaxTitle - 1)] + "…" : title,
            ["description"] = md.ToString(),
            ["priority"] = Priority(item.Priority),
        };
        if (issueId is null)
        {
            input.Remove("id");
        }

        if (item.Due is { } dueDate)
        {
            input["dueDate"] = dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return new JsonObject
        {
            ["query"] = CreateMutation,
            ["operationName"] = "IssueCreate",
            ["variables"] = new JsonObject { ["input"] = input },
        };
    }

    /// <summary>
    /// Text made safe in Markdown as the post-mortem makes it (<see cref="MarkdownText.Readable"/>: mentions readable,
    /// link brackets and HTML tags escaped, Slack links kept as plain addresses), and a line that would start a heading,
    /// quote or list escaped so it stays a paragraph.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var readable = MarkdownText.Readable(text);
        return BlockStart().Replace(readable, m => m.Groups["marker"].Value is var marker && char.IsAsciiDigit(marker[0])
            ? m.Groups["indent"].Value + marker + "\\"
            : m.Groups["indent"].Value + "\\" + marker);
    }

    private static void AddSection(StringBuilder md, string heading, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return;
        }

        md.Append("### ").Append(Escape(heading)).Append("\n\n");
        foreach (var line in body.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            md.Append(Escape(line)).Append("\n\n");
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<marker>#|>|[-+*](?=\s)|\d+(?=[.)]\s))", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();
}
