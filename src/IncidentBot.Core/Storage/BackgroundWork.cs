namespace IncidentBot.Core.Storage;

/// <summary>
/// Marks the current flow as background work (queued Slack work, scheduled jobs): its database writes yield to writes
/// made while answering Slack.
/// </summary>
public static class BackgroundWork
{
    private static readonly AsyncLocal<bool> Flag = new();

    public static bool IsCurrent => Flag.Value;

    /// <summary>Runs <paramref name="work"/> marked as background work.</summary>
    public static async Task RunAsync(Func<Task> work)
    {
        Flag.Value = true;
        try
        {
            await work();
        }
        finally
        {
            Flag.Value = false;
        }
    }
}
