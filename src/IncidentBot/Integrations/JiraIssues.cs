using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Integrations;

/// <summary>
/// The body of <c>POST /rest/api/3/issue</c> for an action item: the configured project and issue type, a summary
/// naming the incident and the item (Jira's limit, 255 characters), and a description in the Atlassian Document Format
/// holding the incident, a link to its Slack channel, the item's priority and due date, and the post-mortem's context
/// (what happened and the root cause, as the resolution recorded them). Built as structured nodes, so nothing a member
/// typed can turn into markup.
/// </summary>
public static class JiraIssues
{
    public const int MaxSummary = 255;

    public static JsonObject Create(JiraOptions jira, Words words, Incident incident, SeverityLadder ladder, ActionItem item,
        Resolution? resolution, Uri? incidentLink)
    {
        ArgumentNullException.ThrowIfNull(jira);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(item);
        var text = OneLine(item.Text);
        var summary = words.Text("tickets.jira.summary", ("reference", incident.Reference), ("number", item.Number), ("text", text));
        var due = item.Due is { } d
            ? words.Text("tickets.jira.due", ("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : words["tickets.jira.no_due"];
        var content = new JsonArray
        {
            Paragraph(Text(words.Text("tickets.jira.from", ("reference", incident.Reference), ("number", item.Number),
                ("severity", ladder.For(incident).DisplayKey), ("title", OneLine(incident.Title))))),
            Paragraph(Text(text)),
            Paragraph(Text(words.Text("tickets.jira.plan", ("priority", item.Priority.ToUpperInvariant()), ("due", due)))),
        };
        if (incidentLink is not null)
        {
            content.Insert(2, Paragraph(Text(words["tickets.jira.incident_link"], incidentLink)));
        }

        if (resolution is not null)
        {
            AddSection(content, words["tickets.jira.summary_heading"], resolution.Summary);
            AddSection(content, words["tickets.jira.root_cause_heading"], resolution.RootCause);
        }

        content.Add(Paragraph(Text(words["tickets.jira.footer"])));
        return new JsonObject
        {
            ["fields"] = new JsonObject
            {
                ["project"] = new JsonObject { ["key"] = jira.Project },
                ["issuetype"] = new JsonObject { ["name"] = jira.IssueType },
                ["summary"] = summary.Length > MaxSummary ? summary[..(MaxSummary - 1)] + "…" : summary,
                ["description"] = new JsonObject { ["type"] = "doc", ["version"] = 1, ["content"] = content },
            },
        };
    }

    private static void AddSection(JsonArray content, string heading, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return;
        }

        content.Add(new JsonObject
        {
            ["type"] = "heading",
            ["attrs"] = new JsonObject { ["level"] = 3 },
            ["content"] = new JsonArray { Text(heading) },
        });
        foreach (var line in body.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            content.Add(Paragraph(Text(line)));
        }
    }

    private static JsonObject Paragraph(JsonObject text) => new() { ["type"] = "paragraph", ["content"] = new JsonArray { text } };

    private static JsonObject Text(string text, Uri? link = null)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text };
        if (link is not null)
        {
            node["marks"] = new JsonArray
            {
                new JsonObject { ["type"] = "link", ["attrs"] = new JsonObject { ["href"] = link.ToString() } },
            };
        }

        return node;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
