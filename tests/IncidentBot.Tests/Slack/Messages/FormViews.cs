using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Every form the bot opens and its Home tab, built in given words, and what of them is left in English.</summary>
internal static partial class FormViews
{
    public static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The default ladder, with SEV0 always private so the declare form explains it.</summary>
    public static SeverityLadder Ladder { get; } = SeverityLadder.From(Options());

    public static RoleCatalog Roles { get; } = RoleCatalog.From(Options());

    public static IncidentTypeCatalog Types { get; } = IncidentTypeCatalog.From(Options());

    public static Incident Incident(int number = 3, string title = "Оплата картой не проходит") => new()
    {
        Id = number, Number = number, Title = title, SeverityKey = "sev1", Status = IncidentStatus.Identified, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, ChannelId = "C" + number, Roles = new Dictionary<string, string> { ["ic"] = "U1" },
    };

    /// <summary>Each modal by name, as a person sees it; the failure view is what a failed submission pushes.</summary>
    public static IEnumerable<(string Name, JsonObject View)> Modals(Words words)
    {
        var incident = Incident();
        var sev1 = Ladder.Get("sev1");
        yield return ("declare", DeclareModal.Build(words, Ladder, Ladder.Default, Types, Types.Default, "Оплата картой", isPrivate: true, "{}"));
        yield return ("update", UpdateModal.Build(words, incident, sev1, new UpdateForm(false, "- Откатили выкладку", null)));
        yield return ("initial assessment", UpdateModal.Build(words, incident, Ladder.Get("sev0"), new UpdateForm(true, "", null)));
        yield return ("severity", SeverityModal.Build(words, incident, Ladder));
        yield return ("resolve", ResolveModal.Build(words, incident with { Number = 123456 }, "Откатили релиз"));
        yield return ("roles", RolesModal.Build(words, incident, Roles, "{}"));
        yield return ("failure", FailureModal.Push(words)["view"]!.AsObject());
    }

    /// <summary>The Home tab with open incidents, one of them with no channel or commander yet.</summary>
    public static JsonObject Home(Words words, int count = 2) => HomeView.Build(words,
        Enumerable.Range(1, count).Select(n => n == 1 ? Incident(n) with { ChannelId = null, Roles = new Dictionary<string, string>() } : Incident(n)).ToList(),
        Ladder);

    /// <summary>Every text a reader sees in a view: title, buttons, labels, placeholders, hints, options, sections.</summary>
    public static IReadOnlyList<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key == "text" && kv.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : Texts(kv.Value)).ToList(),
        JsonArray a => a.SelectMany(Texts).ToList(),
        _ => [],
    };

    /// <summary>
    /// Latin words in a text once what is not language is taken out: Slack tokens (<c>&lt;@U1&gt;</c>, dates), code spans
    /// (<c>`/incident help`</c>), emoji codes, incident and severity codes, and Slack's name.
    /// </summary>
    public static IReadOnlyList<string> EnglishIn(string text) =>
        Latin().Matches(NotLanguage().Replace(text, " ")).Select(m => m.Value).ToList();

    [GeneratedRegex("<[^>]*>|`[^`]*`|:[a-z_]+:|INC-\\d+|(?i:sev\\d+)|Slack")]
    private static partial Regex NotLanguage();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Latin();

    private static IncidentBotOptions Options()
    {
        var options = new IncidentBotOptions();
        options.Severities["sev0"].PrivateByDefault = true;
        return options;
    }
}
