namespace IncidentBot.Core.Storage;

/// <summary>How many rows one pruning removed: finished work, delivered event ids and effect records.</summary>
public sealed record PrunedCounts(int Work, int Events, int Effects)
{
    public static PrunedCounts operator +(PrunedCounts a, PrunedCounts b) =>
        new(a.Work + b.Work, a.Events + b.Events, a.Effects + b.Effects);
}
