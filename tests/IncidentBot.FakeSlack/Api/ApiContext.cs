namespace IncidentBot.FakeSlack;

/// <summary>What method handlers need from the server.</summary>
internal sealed record ApiContext(
    FakeSlackState State,
    FakeSlackOptions Options,
    SlackIds Ids,
    TriggerRegistry Triggers,
    SocketTickets SocketTickets,
    Func<Uri> RootUrl,
    FakeOpenId OpenId)
{
    public const string BotId = "B0BOTFAKE";

    public TimeProvider Time => Options.TimeProvider;

    public string BotUserId => Options.BotUserId;
}
