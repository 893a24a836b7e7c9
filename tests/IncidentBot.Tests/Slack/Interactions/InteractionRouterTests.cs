using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;
using IncidentBot.Testing;
using IncidentBot.Tests.Support;
using IncidentBot.Work;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace IncidentBot.Tests.Slack.Interactions;

public sealed class InteractionRouterTests
{
    private string _path = null!;
    private SqliteDatabase _database = null!;

    [SetUp]
    public async Task SetUp()
    {
        _path = Path.Combine(Path.GetTempPath(), $"incidentbot-router-{Guid.NewGuid():N}.db");
        _database = new SqliteDatabase(_path);
        await new Migrator(_database).MigrateAsync();
    }

    [TearDown]
    public void TearDown()
    {
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    private InteractionRouter CreateSut(IBlockActionHandler? action = null, IViewSubmissionHandler? submission = null, string locale = "en-US") =>
        new(action is null ? [] : [action], submission is null ? [] : [submission],
            new ActionReply(new Notices(new StandaloneWork(TestChanges.On(_database, Mock.Of<IWorkSignal>(), TimeProvider.System))),
                new IncidentStore(_database), Wording(locale)),
            Wording(locale),
            NullLogger<InteractionRouter>.Instance);

    /// <summary>Everyone's Slack locale is <paramref name="locale"/>; the workspace speaks English.</summary>
    private static Wording Wording(string locale)
    {
        var slack = new Mock<ISlackApi>();
        slack.Setup(s => s.GetUserAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => new SlackUser(id, id, null, null, false, locale));
        var languages = new PersonLanguages(slack.Object, new IncidentBotOptions(), TimeProvider.System, NullLogger<PersonLanguages>.Instance);
        return new Wording(languages, TextCatalogue.Shipped);
    }

    private static Mock<IViewSubmissionHandler> FailingSubmission()
    {
        var handler = new Mock<IViewSubmissionHandler>();
        handler.SetupGet(h => h.CallbackId).Returns("declare");
        handler.Setup(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is locked"));
        return handler;
    }

    private static InteractionPayload Payload(string json) => InteractionPayload.Parse(json)!;

    [Test]
    public async Task Route_SubmissionHandlerThrows_PushesAFailureViewInsteadOfAnError()
    {
        var ack = await CreateSut(submission: FailingSubmission().Object).RouteAsync(
            Payload("""{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","callback_id":"declare"}}"""), default);

        Assert.That(ack?["response_action"]?.GetValue<string>(), Is.EqualTo("push"));
        Assert.That(ack!["view"]!.ToJsonString(), Does.Contain("nothing was changed"));
    }

    [Test]
    public async Task Route_SubmissionHandlerThrows_ForAReaderInRussian_PushesTheFailureViewInRussian()
    {
        var ack = await CreateSut(submission: FailingSubmission().Object, locale: "ru-RU").RouteAsync(
            Payload("""{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","callback_id":"declare"}}"""), default);

        var view = ack!["view"]!;
        Assert.That(view["title"]!["text"]!.GetValue<string>(), Is.EqualTo("Не сохранено"));
        Assert.That(view["close"]!["text"]!.GetValue<string>(), Is.EqualTo("Назад"));
        Assert.That(MessageText.Of(view["blocks"]!.ToJsonString()), Does.Contain("ничего не изменилось").And.Not.Contain("nothing was changed"));
    }

    [Test]
    public async Task Route_ButtonHandlerThrows_AcknowledgesAndTellsTheClicker()
    {
        var handler = new Mock<IBlockActionHandler>();
        handler.SetupGet(h => h.ActionId).Returns("take_ic");
        handler.Setup(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        var ack = await CreateSut(action: handler.Object).RouteAsync(
            Payload("""{"type":"block_actions","user":{"id":"U1"},"channel":{"id":"C1"},"actions":[{"action_id":"take_ic","value":"1"}]}"""), default);

        Assert.That(ack, Is.Null);
        var notice = await _database.ReadAsync(c => Dapper.SqlMapper.QuerySingleAsync<string>(c, "SELECT payload FROM outbox WHERE kind = @kind",
            new { kind = EphemeralNotice.Kind }));
        Assert.That(notice, Does.Contain("C1").And.Contain("U1").And.Contain("that button failed on our side"));
        handler.Verify(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase("""{"type":"block_actions","actions":[{"action_id":42}]}""")]
    [TestCase("""{"type":"block_actions","actions":[null,"x",{"action_id":null}]}""")]
    [TestCase("""{"type":"block_actions","actions":{"action_id":"take_ic"}}""")]
    public async Task Route_ActionsOfTheWrongShape_AreIgnored(string json)
    {
        var handler = new Mock<IBlockActionHandler>();
        handler.SetupGet(h => h.ActionId).Returns("take_ic");

        var ack = await CreateSut(action: handler.Object).RouteAsync(Payload(json), default);

        Assert.That(ack, Is.Null);
        handler.Verify(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
