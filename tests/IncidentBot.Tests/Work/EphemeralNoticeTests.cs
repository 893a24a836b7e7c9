using IncidentBot.Core.Configuration;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace IncidentBot.Tests.Work;

/// <summary>A queued notice for one person is shown in the language that person reads, whatever the workspace's.</summary>
public sealed class EphemeralNoticeTests
{
    private Mock<ISlackApi> _slack = null!;

    [SetUp]
    public void SetUp() => _slack = new Mock<ISlackApi>();

    [Test]
    public async Task Handle_SaidInEveryLanguage_ShowsThePersonsLanguage()
    {
        Locale("URU", "ru-RU");
        var notice = EphemeralNotice.Said("C1", "URU", Words.In, w => w.Status(Core.Incidents.IncidentStatus.Resolved));

        await CreateSut().HandleAsync(Item(notice), default);

        _slack.Verify(s => s.PostEphemeralAsync("C1", "URU", "Решено", null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WrittenInOneLanguage_IsShownAsWritten_WithoutAskingSlack()
    {
        await CreateSut().HandleAsync(Item(new EphemeralNotice("C1", "URU", "As written")), default);

        _slack.Verify(s => s.PostEphemeralAsync("C1", "URU", "As written", null, It.IsAny<CancellationToken>()), Times.Once);
        _slack.Verify(s => s.GetUserAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Said_KeepsEveryLanguageThroughTheQueue_AndEnglishAsItsText()
    {
        var notice = EphemeralNotice.Parse(EphemeralNotice.Said("C1", "U1", Words.In, w => w.Status(Core.Incidents.IncidentStatus.Monitoring)).Serialize());

        Assert.That(notice.Text, Is.EqualTo("Monitoring"));
        Assert.That(notice.In(Language.Russian), Is.EqualTo("Наблюдение"));
        Assert.That(notice.In(Language.English), Is.EqualTo("Monitoring"));
    }

    private EphemeralNoticeHandler CreateSut()
    {
        var options = new IncidentBotOptions { Language = "en" };
        var languages = new PersonLanguages(_slack.Object, options, TimeProvider.System, NullLogger<PersonLanguages>.Instance);
        return new(new EphemeralSender(_slack.Object, NullLogger<EphemeralSender>.Instance), new Wording(languages, TextCatalogue.Shipped));
    }

    private void Locale(string user, string locale) => _slack.Setup(s => s.GetUserAsync(user, It.IsAny<CancellationToken>()))
        .ReturnsAsync(new SlackUser(user, "someone", null, null, false, locale));

    private static OutboxItem Item(EphemeralNotice notice) => new(1, EphemeralNotice.Kind, null, notice.Serialize(), 0, 0);
}
