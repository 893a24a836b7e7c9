using System.Xml.Linq;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Texts;
using IncidentBot.StatusPage;

namespace IncidentBot.Tests.StatusPage;

/// <summary>The page's builders on hand-made boards: what people typed stays text, in HTML and in the feed.</summary>
[TestFixture]
public sealed class StatusPageRenderTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static StatusPageLook Look(Words? words = null, string? zone = null) => new(words ?? Words.English,
        new StatusPageOptions { Title = "Acme <status>", TimeZone = zone, Links = new() { ["Help & support"] = "https://help.example.com/?a=1&b=2" } },
        new IncidentBotOptions());

    private static StatusBoard Board(string text) => new(ComponentState.PartialOutage,
        [new BoardComponent("api", "API", ComponentState.PartialOutage)],
        [new BoardIncident(7, PublicStage.Identified, At, null, [new BoardComponent("api", "API", ComponentState.PartialOutage)],
            [new PublicMessage(2, 1, PublicStage.Identified, text, "U1", At.AddMinutes(20)), new PublicMessage(1, 1, PublicStage.Investigating, "First", "U1", At)])],
        [], At.AddMinutes(30));

    [Test]
    public void Html_MarkupTypedInAMessage_IsShownAsText()
    {
        var html = StatusPageHtml.Render(Look(), Board("<script>alert(1)</script> <img src=x onerror=alert(2)> & \"quotes\""));

        Assert.That(html, Does.Not.Contain("<script>alert").And.Not.Contain("<img src=x"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&amp; &quot;quotes&quot;"));
        Assert.That(html, Does.Contain("<title>Acme &lt;status&gt;</title>").And.Contain("href=\"https://help.example.com/?a=1&amp;b=2\""));
    }

    [Test]
    public void Html_NoTitleConfigured_IsTitledInTheWorkspaceLanguage()
    {
        var options = new StatusPageOptions();

        Assert.That(StatusPageHtml.Render(new StatusPageLook(Words.Russian, options, new IncidentBotOptions()), Board("Текст")),
            Does.Contain("<title>Статус сервисов</title>"));
        Assert.That(StatusPageHtml.Render(new StatusPageLook(Words.English, options, new IncidentBotOptions()), Board("Text")),
            Does.Contain("<title>Service status</title>"));
    }

    [Test]
    public void Html_TimesInTheConfiguredZoneAndLanguage()
    {
        var html = StatusPageHtml.Render(Look(Words.Russian, "Europe/Berlin"), Board("Текст"));

        Assert.That(html, Does.Contain("<html lang=\"ru\">").And.Contain("10:20").And.Contain("Частичный сбой").And.Contain("Europe/Berlin"));
        Assert.That(html, Does.Contain("datetime=\"2026-12-03T09:20:00Z\""), "machine-readable times stay UTC");
    }

    [Test]
    public void Atom_ControlCharactersAndMarkupTyped_StillParsesWithOneEntryPerMessage()
    {
        var atom = StatusPageAtom.Build(Look(), Board("Broken \u0001 by <b>bold</b> & \uFFFF 🔥"), "https://status.example.com/status");

        var feed = XDocument.Parse(atom).Root!;
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entries = feed.Elements(ns + "entry").ToList();
        Assert.That(entries, Has.Count.EqualTo(2));
        Assert.That(entries[0].Element(ns + "content")!.Value, Is.EqualTo("Broken  by <b>bold</b> &  🔥"));
        Assert.That(entries[0].Element(ns + "id")!.Value, Is.EqualTo("https://status.example.com/status#inc-7-2"));
        Assert.That(feed.Elements(ns + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value,
            Is.EqualTo("https://status.example.com/status.atom"));
    }
}
