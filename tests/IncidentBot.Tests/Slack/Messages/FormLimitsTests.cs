using System.Text.Json.Nodes;
using IncidentBot.Core.Texts;
using IncidentBot.FakeSlack;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// Every form and the Home tab, in every language the bot speaks, is a view Slack takes: titles and buttons within 24
/// characters, options within 75, placeholders within 150, none of them cut short to fit.
/// </summary>
public sealed class FormLimitsTests
{
    public static IEnumerable<TestCaseData> Modals() => Language.All.SelectMany(language => FormViews.Modals(Words.In(language))
        .Select(m => new TestCaseData(m.View).SetName($"Modal_{language}_FitsSlacksLimits({m.Name})")));

    [TestCaseSource(nameof(Modals))]
    public void Modal_FitsSlacksLimits(JsonObject view)
    {
        Assert.That(BlockKitValidator.ValidateView(view), Is.Empty);
        Assert.That(PayloadSize.Bytes(view.ToJsonString()), Is.LessThanOrEqualTo(PayloadSize.MaxViewBytes));
        foreach (var field in new[] { "title", "submit", "close" }.Where(f => view[f] is not null))
        {
            Assert.That(Text(view[field]), Has.Length.LessThanOrEqualTo(24).And.Not.Contain("…"), field);
        }

        Assert.Multiple(() =>
        {
            foreach (var option in Nodes(view, "options").SelectMany(o => o.AsArray()))
            {
                Assert.That(Text(option!["text"]), Has.Length.LessThanOrEqualTo(75).And.Not.Contain("…"));
                Assert.That(Text(option["description"]), Has.Length.LessThanOrEqualTo(75).And.Not.Contain("…"));
            }

            foreach (var placeholder in Nodes(view, "placeholder"))
            {
                Assert.That(Text(placeholder), Has.Length.LessThanOrEqualTo(150).And.Not.Contain("…"));
            }
        });
    }

    [TestCaseSource(typeof(Language), nameof(Language.All))]
    public void Home_ManyOpenIncidents_IsAViewSlackTakes(Language language)
    {
        var view = FormViews.Home(Words.In(language), count: 300);

        Assert.That(BlockKitValidator.ValidateView(view), Is.Empty);
        Assert.That(PayloadSize.Bytes(view.ToJsonString()), Is.LessThanOrEqualTo(PayloadSize.MaxViewBytes));
        Assert.That(Text(view["blocks"]![0]!["text"]), Has.Length.LessThanOrEqualTo(150));
    }

    private static string Text(JsonNode? textObject) => textObject?["text"]?.GetValue<string>() ?? "";

    /// <summary>Every value under <paramref name="key"/>, however deep.</summary>
    private static IEnumerable<JsonNode> Nodes(JsonNode? node, string key) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key == key && kv.Value is not null ? [kv.Value] : Nodes(kv.Value, key)),
        JsonArray a => a.SelectMany(n => Nodes(n, key)),
        _ => [],
    };
}
