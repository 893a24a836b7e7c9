namespace IncidentBot.Core.Incidents;

/// <summary>Wakes whatever performs queued Slack work once a transaction that queued some has committed.</summary>
public interface IWorkSignal
{
    void Notify();
}
