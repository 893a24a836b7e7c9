namespace IncidentBot.FakeSlack;

/// <summary>Answers HTTP 200 with <c>{"ok":false,"error":Error}</c>.</summary>
public sealed record SlackErrorFault(string Error) : Fault;
