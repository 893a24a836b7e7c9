using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// Every list the bot sends stays within what Slack takes as a whole (blocks, text, view size), however long and
/// however many the items: pages or a "… n more" line, never a refused message or a line cut in half.
/// </summary>
public sealed class MessageBudgetTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>500 characters that each grow on escaping, as the longest action text someone can type.</summary>
    private static readonly string LongText = string.Concat(Enumerable.Repeat("a<b&", 125));

    [Test]
    public void ActionList_ManyLongItems_EveryPageIsTakenAndTogetherTheyListEveryItem()
    {
        var items = Enumerable.Range(1, 60).Select(n => Item(n, LongText)).ToList();

        var pages = Pages(items);

        Assert.That(pages, Has.Count.GreaterThan(1));
        Assert.That(pages.SelectMany(p => PayloadSize.MessageProblems(p.Blocks)), Is.Empty);
        var listed = pages.SelectMany(p => p.Blocks.Select(b => b!["accessory"]?["value"]?.GetValue<string>()).OfType<string>()).ToList();
        var open = items.Where(i => i.IsOpen).Select(i => i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(listed, Is.EqualTo(open), "every open item, each once, on some page with its Done button");
        Assert.That(pages.Sum(p => p.Blocks.Count(b => b!["text"]?["text"]?.GetValue<string>().StartsWith("*#", StringComparison.Ordinal) == true)),
            Is.EqualTo(items.Count));
        Assert.That(Last(pages[0].Blocks), Does.Contain($"more: `/incident actions 2`"));
        Assert.That(Last(pages[^1].Blocks), Does.Not.Contain("more"));
        Assert.That(pages[1].Text, Does.Contain($"page 2 of {pages.Count}"));
    }

    [TestCase("en")]
    [TestCase("ru")]
    public void UpdateMessage_EveryFieldTypedAtItsLongestAndGrowingOnEscape_FitsOneMessageAndKeepsEveryPart(string language)
    {
        var words = language == "ru" ? Words.Russian : Words.English;
        static string Typed(int length) => string.Concat(Enumerable.Repeat("a<b&", length / 4 + 1))[..length];
        var update = new StatusUpdate
        {
            IncidentId = 1, Number = 3, SeverityKey = "sev1", Status = IncidentStatus.Mitigating, PreviousStatus = IncidentStatus.Investigating,
            Summary = Typed(UpdateModal.SummaryMax), Impact = Typed(UpdateModal.LongTextMax), Hypothesis = Typed(UpdateModal.LongTextMax),
            Eta = Typed(150), Confidence = "high", PostedBy = "U1", PostedAt = Declared, NextUpdateAt = Declared.AddMinutes(30),
            Details = new UpdateDetails
            {
                SinceLast = Typed(UpdateModal.LongTextMax), RootCause = RootCauseState.Suspected,
                Services = Typed(UpdateTemplateBlocks.ScopeMax), Customers = Typed(UpdateTemplateBlocks.ScopeMax),
                RevenueImpact = Typed(UpdateTemplateBlocks.ScopeMax), SlaRisk = Typed(UpdateTemplateBlocks.ScopeMax),
                Steps = [.. Enumerable.Range(1, UpdateTemplateBlocks.StepRows).Select(_ => new NextStep(Typed(UpdateTemplateBlocks.StepMax), "U2"))],
                Assessment = true,
            },
        };

        var (text, blocks) = UpdateMessage.Build(words, Incident(), update);

        Assert.That(PayloadSize.MessageProblems(blocks), Is.Empty, "Slack refuses a message whose blocks hold more than it allows");
        Assert.That(MessageBudget.Message.Holds(blocks.Select(b => b!.AsObject())), Is.True);
        var shown = MessageText.Of(blocks.ToJsonString());
        foreach (var label in new[] { "update.field.summary", "update.field.since_last", "update.field.root_cause", "update.field.impact",
            "update.field.services", "update.field.customers", "update.field.revenue", "update.field.sla_risk", "update.field.eta", "update.field.next_steps" })
        {
            Assert.That(shown, Does.Contain(words[label]), $"{label}: a long update is cut, not left without a part");
        }

        Assert.That(shown, Does.Not.Match("&[a-z]{0,3} …"), "never half an entity");
        Assert.That(text, Does.Contain("a&lt;b&amp;"));
    }

    [Test]
    public void ActionList_PagePastTheLast_ShowsTheLast()
    {
        var items = Enumerable.Range(1, 60).Select(n => Item(n, LongText)).ToList();
        var pages = Pages(items);

        var beyond = ActionItemMessages.List(Words.English, Incident(), items, 99);

        Assert.That(beyond.Text, Is.EqualTo(pages[^1].Text));
    }

    [Test]
    public void ActionList_FewShortItems_OnePageWithoutPaging()
    {
        var (text, blocks) = ActionItemMessages.List(Words.English, Incident(), [Item(1, "Add a canary"), Item(2, "Write the runbook")]);

        Assert.That(text, Does.Not.Contain("page"));
        Assert.That(blocks, Has.Count.EqualTo(3));
    }

    [Test]
    public void Digest_ManyLongOverdueItems_WholeLinesThenHowManyMore()
    {
        var overdue = Enumerable.Range(1, 40).Select(n => (Item(n, LongText) with { Due = new DateOnly(2026, 1, 1) }, Incident(), false)).ToList();

        var (_, blocks) = ActionItemMessages.Digest(Words.English, overdue, new DateOnly(2026, 12, 1));

        Assert.That(PayloadSize.MessageProblems(blocks), Is.Empty);
        var texts = blocks.Select(b => b!["text"]?["text"]?.GetValue<string>() ?? b!["elements"]![0]!["text"]!.GetValue<string>()).ToList();
        Assert.That(texts, Has.None.Contain(" …"));
        var lines = texts.Where(t => t.StartsWith('•')).ToList();
        Assert.That(lines, Has.Count.GreaterThan(1).And.All.EndWith("<#C1>"));
        Assert.That(texts[^2], Does.Match(@"^… and \d+ more\.$"));
        Assert.That(texts[^1], Does.StartWith("Mark them done"));
    }

    [Test]
    public void List_ManyOpenIncidentsWithLongTitles_EveryShownLineWholeAndHowManyMore()
    {
        var open = Enumerable.Range(1, 80).Select(n => Incident(n, string.Concat(Enumerable.Repeat("&<>", 50)))).ToList();

        var reply = CommandAnswers.List(Core.Texts.Words.English, open, SeverityLadder.From(new Core.Configuration.IncidentBotOptions()));

        Assert.That(PayloadSize.MessageProblems(reply.Blocks!), Is.Empty);
        Assert.That(reply.Blocks!.Select(b => b!["text"]?["text"]?.GetValue<string>() ?? ""), Has.None.Contain(" …"));
        Assert.That(Last(reply.Blocks!), Does.Match(@"^… and \d+ more"));
    }

    [Test]
    public void Home_ManyOpenIncidentsWithLongTitles_IsAViewSlackTakes()
    {
        var open = Enumerable.Range(1, 300).Select(n => Incident(n, string.Concat(Enumerable.Repeat("&<>😀", 30)))).ToList();

        var view = HomeView.Build(Words.English, open, SeverityLadder.From(new Core.Configuration.IncidentBotOptions()));

        Assert.That(BlockKitValidator.ValidateView(view), Is.Empty);
        Assert.That(PayloadSize.Bytes(view.ToJsonString()), Is.LessThanOrEqualTo(PayloadSize.MaxViewBytes));
        var blocks = (JsonArray)view["blocks"]!;
        Assert.That(blocks[^2]!["elements"]![0]!["text"]!.GetValue<string>(), Does.Match(@"^… and \d+ more"));
    }

    [Test]
    public void Brief_LongestTitleSummaryImpactAndManyLinks_IsAMessageSlackTakes()
    {
        var options = new Core.Configuration.IncidentBotOptions();
        var incident = Incident(1, string.Concat(Enumerable.Repeat("&<", 75))) with
        {
            Summary = string.Concat(Enumerable.Repeat("a<b&", 750)), Impact = string.Concat(Enumerable.Repeat("c>d&", 750)),
            Links = Enumerable.Range(2, 300).ToList(), OpenActionCount = 999, PossiblyRelatedNumber = 7,
        };

        var (_, blocks) = BriefMessage.Build(Words.English, incident, SeverityLadder.From(options).Get("sev1"), new CadenceState { IncidentId = 1 },
            RoleCatalog.From(options), Declared.AddHours(5));

        Assert.That(PayloadSize.MessageProblems(blocks), Is.Empty);
    }

    [Test]
    public void Lines_AllFit_JoinsThemAsTheyAre() =>
        Assert.That(MessageBudget.Lines(["a", "b"], 10, n => $"+{n}"), Is.EqualTo("a\nb"));

    [Test]
    public void Lines_TooMany_KeepsWholeLinesAndSaysHowManyWereLeftOut() =>
        Assert.That(MessageBudget.Lines(["aaaa", "bbbb", "cccc"], 10, n => $"+{n}"), Is.EqualTo("aaaa\n+2"));

    [Test]
    public void Timeline_LongEntries_EveryPageIsTaken()
    {
        var entries = Enumerable.Range(1, 300).Select(n => new TimelineEntry(n, 1, Declared.AddMinutes(n), Declared.AddMinutes(n),
            TimelineKind.Note, LongText, "U1")).ToList();

        var pages = TimelineMessage.Pages(Words.English, Incident(), entries);

        Assert.That(pages.SelectMany(p => PayloadSize.MessageProblems(p.Blocks)), Is.Empty);
    }

    private static List<(string Text, JsonArray Blocks)> Pages(IReadOnlyList<ActionItem> items)
    {
        var first = ActionItemMessages.List(Words.English, Incident(), items, 1);
        var of = System.Text.RegularExpressions.Regex.Match(first.Text, @"page 1 of (\d+)");
        var count = of.Success ? int.Parse(of.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        return [first, .. Enumerable.Range(2, count - 1).Select(p => ActionItemMessages.List(Words.English, Incident(), items, p))];
    }

    private static string Last(JsonArray blocks) =>
        blocks[^1]!["elements"]?[0]?["text"]?.GetValue<string>() ?? blocks[^1]!["text"]?["text"]?.GetValue<string>() ?? "";

    private static ActionItem Item(int n, string text) =>
        new(100 + n, 1, n, text, "U2", null, "p2", n % 7 == 0 ? ActionItemState.Done : ActionItemState.Open, "U1", Declared);

    private static Incident Incident(int number = 1, string title = "Checkout is failing") => new()
    {
        Id = number, Number = number, Title = title, SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, ChannelId = "C" + number,
    };
}
