namespace IncidentBot.Core.Alerts;

/// <summary>Where an alert stands: waiting in triage, acknowledged, declared (by someone or at once), linked, declined.</summary>
public enum AlertTriage
{
    Triage,
    Acknowledged,
    Declared,
    Linked,
    Declined,
}
