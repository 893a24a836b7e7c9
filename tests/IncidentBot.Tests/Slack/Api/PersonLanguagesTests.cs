using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace IncidentBot.Tests.Slack.Api;

public sealed class PersonLanguagesTests
{
    private FakeTimeProvider _time = null!;
    private Mock<ISlackApi> _slack = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider();
        _slack = new Mock<ISlackApi>();
    }

    [Test]
    public async Task ForAsync_WithinKept_AsksSlackOnce_ThenAgainAfter()
    {
        Locale("ru-RU");
        var sut = CreateSut();

        Assert.That(await sut.ForAsync("U1", default), Is.EqualTo(Language.Russian));
        _time.Advance(PersonLanguages.Kept - TimeSpan.FromMinutes(1));
        Assert.That(await sut.ForAsync("U1", default), Is.EqualTo(Language.Russian));
        _slack.Verify(s => s.GetUserAsync("U1", It.IsAny<CancellationToken>()), Times.Once);

        Locale("en-GB");
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await sut.ForAsync("U1", default), Is.EqualTo(Language.English), "a changed locale is seen once the cache expires");
        _slack.Verify(s => s.GetUserAsync("U1", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task ForAsync_LookupFailed_UsesTheWorkspace_AndTriesAgainAfterAWhile()
    {
        _slack.Setup(s => s.GetUserAsync("U1", It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("down"));
        var sut = CreateSut(workspace: "ru");

        Assert.That(await sut.ForAsync("U1", default), Is.EqualTo(Language.Russian));
        Locale("en-US");
        Assert.That(await sut.ForAsync("U1", default), Is.EqualTo(Language.Russian), "a failure is remembered for a while");
        _time.Advance(PersonLanguages.KeptAfterFailure);
        Assert.That(await sut.ForAsync("U1", default), Is.EqualTo(Language.English));
    }

    [TestCase("de-DE")]
    [TestCase(null)]
    public async Task ForAsync_LocaleNotSpoken_UsesTheWorkspace(string? locale)
    {
        Locale(locale);

        Assert.That(await CreateSut(workspace: "ru").ForAsync("U1", default), Is.EqualTo(Language.Russian));
    }

    [Test]
    public async Task ForAsync_SlowLookup_AnswersTheWorkspaceAtTheBound_AndTheLateResultCountsNextTime()
    {
        var pending = new TaskCompletionSource<SlackUser>(TaskCreationOptions.RunContinuationsAsynchronously);
        _slack.Setup(s => s.GetUserAsync("U1", It.IsAny<CancellationToken>())).Returns(pending.Task);
        var sut = CreateSut();

        var first = sut.ForAsync("U1", default);
        Assert.That(first.IsCompleted, Is.False);
        _time.Advance(PersonLanguages.Bound);
        Assert.That(await first, Is.EqualTo(Language.English));

        pending.SetResult(new SlackUser("U1", "ivan", null, null, false, "ru-RU"));
        Assert.That(await sut.ForAsync("U1", default), Is.EqualTo(Language.Russian));
        _slack.Verify(s => s.GetUserAsync("U1", It.IsAny<CancellationToken>()), Times.Once);
    }

    private void Locale(string? locale) => _slack.Setup(s => s.GetUserAsync("U1", It.IsAny<CancellationToken>()))
        .ReturnsAsync(new SlackUser("U1", "someone", null, null, false, locale));

    private PersonLanguages CreateSut(string workspace = "en") =>
        new(_slack.Object, new IncidentBotOptions { Language = workspace }, _time, NullLogger<PersonLanguages>.Instance);
}
