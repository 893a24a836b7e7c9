namespace IncidentBot.FakeSlack;

/// <summary>Answers an HTTP 5xx status with an HTML body.</summary>
public sealed record ServerErrorFault(int Status) : Fault;
