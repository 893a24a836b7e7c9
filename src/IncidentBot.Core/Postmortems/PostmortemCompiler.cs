using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Compiles the blameless post-mortem draft from what the bot recorded. Pure: words and input in, Markdown out.
/// Linear in the size of the timeline: one <see cref="StringBuilder"/>, one pass per section.
/// </summary>
public static class PostmortemCompiler
{
    private delegate void Part(StringBuilder sb, Words words, PostmortemInput input);

    /// <summary>
    /// Every part a language's <c>postmortem.layout</c> may name: teams write post-mortems in their own order (the Russian
    /// practice puts the date, duration and participants first and ends with lessons learned), so the order is the
    /// catalogue's and the parts are the code's.
    /// </summary>
    private static readonly Dictionary<string, Part> Parts = new(StringComparer.Ordinal)
    {
        ["status"] = StatusLine,
        ["dates"] = DatesLine,
        ["roles"] = RolesLine,
        ["compiled"] = CompiledLine,
        ["draft"] = (sb, words, _) => Line(sb, words["postmortem.header.draft"]),
        ["date"] = DateLine,
        ["duration"] = DurationLine,
        ["severity"] = SeverityLine,
        ["people"] = (sb, words, input) => Line(sb, words.Text("postmortem.header.people", ("people", People(words, input)))),
        ["summary"] = PostmortemSummary.Write,
        ["impact"] = PostmortemImpact.Write,
        ["key_times"] = PostmortemTables.KeyTimes,
        ["timeline"] = (sb, words, input) => PostmortemTables.Timeline(sb, words, input, words["postmortem.timeline.heading"]),
        ["timeline_in_zones"] = (sb, words, input) => PostmortemTables.Timeline(sb, words, input,
            words.Text("postmortem.timeline_in_zones.heading", ("zones", Zones(input.Zone)))),
        ["root_cause"] = RootCause,
        ["five_whys"] = FiveWhys,
        ["resolution"] = ResolutionSection,
        ["delays"] = PostmortemDelays.Write,
        ["prevention"] = PostmortemPrevention.Write,
        ["went_well"] = PostmortemFacts.WentWell,
        ["could_improve"] = PostmortemFacts.CouldImprove,
        ["actions"] = PostmortemTables.Actions,
        ["lessons"] = Lessons,
        ["participants"] = Participants,
        ["related"] = Related,
    };

    public static string Compile(Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(input);
        var sb = new StringBuilder(4096 + (input.Timeline.Count * 120));
        sb.Append("# ").AppendLine(words.Text("postmortem.title",
            ("title", MarkdownText.Readable(input.Incident.Title, input.Names)), ("reference", input.Incident.Reference)));
        foreach (var name in Layout(words))
        {
            var part = Parts.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"The {words.Language} postmortem.layout names \"{name}\", which is no part of a post-mortem.");
            part(sb, words, input);
        }

        BreachFacts.Append(sb, words, input);
        return sb.ToString();
    }

    /// <summary>The part names of <c>postmortem.layout</c> in <paramref name="words"/>' language, in order.</summary>
    public static IReadOnlyList<string> Layout(Words words) =>
        words["postmortem.layout"].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A section's <c>## heading</c> from <c>postmortem.&lt;section&gt;.heading</c>, set off by blank lines.</summary>
    internal static void Heading(StringBuilder sb, string heading) => sb.AppendLine().Append("## ").AppendLine(heading).AppendLine();

    /// <summary>A person as the draft names them: <c>@</c> and their name, or "unassigned".</summary>
    internal static string Person(Words words, PostmortemInput input, string? userId) =>
        userId is null ? words["postmortem.unassigned"] : MarkdownText.User(userId, input.Names);

    /// <summary>A header line: its own paragraph.</summary>
    private static void Line(StringBuilder sb, string line) => sb.AppendLine().AppendLine(line);

    private static void StatusLine(StringBuilder sb, Words words, PostmortemInput input) =>
        Line(sb, words.Text("postmortem.header.status", ("severity", input.Severity.DisplayKey), ("label", words.Label(input.Severity)),
            ("duration", words.Duration(input.End - input.StartedAt)), ("commander", Person(words, input, input.Incident.Commander))));

    private static void DatesLine(StringBuilder sb, Words words, PostmortemInput input) =>
        Line(sb, words.Text("postmortem.header.dates", ("start", Utc(words, input.StartedAt)),
            ("end", input.Incident.ResolvedAt is { } r ? Utc(words, r) : words["postmortem.header.still_open"])));

    private static void RolesLine(StringBuilder sb, Words words, PostmortemInput input)
    {
        var roles = input.Roles.Select(r => words.Text("postmortem.header.role",
            ("role", words.RoleName(r)), ("holder", Person(words, input, input.Incident.RoleHolder(r.Key)))));
        Line(sb, words.Text("postmortem.header.roles", ("roles", string.Join(words["postmortem.header.role_joiner"], roles))));
    }

    private static void CompiledLine(StringBuilder sb, Words words, PostmortemInput input) =>
        Line(sb, words.Text("postmortem.header.compiled", ("time", words.DateTime(input.CompiledAt.ToUniversalTime()))));

    /// <summary>The day it started, in the configured zone; both days when it ended on another.</summary>
    private static void DateLine(StringBuilder sb, Words words, PostmortemInput input)
    {
        var start = Zoned(input, input.StartedAt);
        var end = Zoned(input, input.End);
        var date = start.Date == end.Date ? words.Date(start) : $"{words.Date(start)} – {words.Date(end)}";
        Line(sb, words.Text("postmortem.header.date", ("date", date)));
    }

    /// <summary>How long it lasted, from and to which time of day in the configured zone.</summary>
    private static void DurationLine(StringBuilder sb, Words words, PostmortemInput input)
    {
        var start = Zoned(input, input.StartedAt);
        var end = input.Incident.ResolvedAt is { } resolved ? Zoned(input, resolved) : (DateTimeOffset?)null;
        var until = end is not { } e ? words["postmortem.header.still_open"]
            : e.Date == start.Date ? words.Time(e)
            : words.DateTime(e);
        Line(sb, words.Text("postmortem.header.duration", ("duration", words.Duration(input.End - input.StartedAt)),
            ("start", words.Time(start)), ("end", until), ("zone", input.Zone.Id)));
    }

    private static void SeverityLine(StringBuilder sb, Words words, PostmortemInput input) =>
        Line(sb, words.Text("postmortem.header.severity", ("severity", input.Severity.DisplayKey), ("label", words.Label(input.Severity))));

    private static void RootCause(StringBuilder sb, Words words, PostmortemInput input)
    {
        Heading(sb, words["postmortem.root_cause.heading"]);
        sb.AppendLine(RootCauseText(input) ?? words["postmortem.root_cause.missing"]);
        sb.AppendLine().AppendLine(words["postmortem.root_cause.factors"]).AppendLine();
        sb.Append("- ").AppendLine(words["postmortem.root_cause.factors_prompt"]);
    }

    private static void FiveWhys(StringBuilder sb, Words words, PostmortemInput input)
    {
        Heading(sb, words["postmortem.five_whys.heading"]);
        sb.Append("1. ").AppendLine(words.Text("postmortem.five_whys.first", ("title", MarkdownText.Readable(input.Incident.Title, input.Names)),
            ("answer", RootCauseText(input) ?? words["postmortem.five_whys.blank"])));
        for (var i = 2; i <= 5; i++)
        {
            sb.Append(i).Append(". ").AppendLine(words["postmortem.five_whys.next"]);
        }

        sb.AppendLine().AppendLine(words["postmortem.five_whys.systemic"]);
    }

    private static void ResolutionSection(StringBuilder sb, Words words, PostmortemInput input)
    {
        Heading(sb, words["postmortem.resolution.heading"]);
        sb.AppendLine(input.Resolution?.Summary is { } summary && !string.IsNullOrWhiteSpace(summary)
            ? MarkdownText.Readable(summary.Trim(), input.Names)
            : words["postmortem.resolution.missing"]);
    }

    private static void Lessons(StringBuilder sb, Words words, PostmortemInput input)
    {
        Heading(sb, words["postmortem.lessons.heading"]);
        sb.AppendLine(words["postmortem.lessons.prompt"]);
    }

    private static void Participants(StringBuilder sb, Words words, PostmortemInput input)
    {
        Heading(sb, words["postmortem.participants.heading"]);
        sb.AppendLine(People(words, input));
    }

    /// <summary>Everyone who took part, named, or "none recorded".</summary>
    private static string People(Words words, PostmortemInput input)
    {
        var people = input.Participants().Select(user => MarkdownText.User(user, input.Names)).ToList();
        return people.Count == 0 ? words["postmortem.participants.none"] : string.Join(words["postmortem.list_joiner"], people);
    }

    private static void Related(StringBuilder sb, Words words, PostmortemInput input)
    {
        Heading(sb, words["postmortem.related.heading"]);
        if (input.Related.Count == 0)
        {
            sb.AppendLine(words["postmortem.related.none"]);
            return;
        }

        foreach (var related in input.Related)
        {
            var reference = $"INC-{related.Number.ToString(CultureInfo.InvariantCulture)}";
            sb.Append("- ").AppendLine(related.IsPrivate
                ? words.Text("postmortem.related.private", ("reference", reference))
                : words.Text("postmortem.related.titled", ("reference", reference), ("title", MarkdownText.Readable(related.Title, input.Names))));
        }
    }

    /// <summary>The recorded root cause, readable, or null when none was recorded.</summary>
    internal static string? RootCauseText(PostmortemInput input) =>
        input.Resolution?.RootCause is { Length: > 0 } cause && !string.IsNullOrWhiteSpace(cause) ? MarkdownText.Readable(cause.Trim(), input.Names) : null;

    /// <summary>A moment in UTC as the language writes a day and time: <c>22 November 2026, 14:00 UTC</c>.</summary>
    private static string Utc(Words words, DateTimeOffset at) =>
        words.Text("postmortem.header.utc", ("time", words.DateTime(at.ToUniversalTime())));

    private static DateTimeOffset Zoned(PostmortemInput input, DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, input.Zone);

    /// <summary>The zones the timeline is written in: UTC, and the configured one when it is another.</summary>
    private static string Zones(TimeZoneInfo zone) => zone.Id == TimeZoneInfo.Utc.Id || zone.Id == "UTC" ? "UTC" : $"UTC, {zone.Id}";
}
