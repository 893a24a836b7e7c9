using IncidentBot.Work;

namespace IncidentBot.Tests.Work;

/// <summary>Which failures the queue retries: the bot's own stores failing for a moment are retried, not given up.</summary>
public sealed class TransientFailureTests
{
    [Test]
    public void Is_SchedulerStoppedUnderQueuedWork_Retried() =>
        Assert.That(TransientFailure.Is(new Quartz.SchedulerException("The Scheduler has been shutdown.")), Is.True);

    [Test]
    public void Is_DatabaseConnectionDropped_RetriedButNotAnOutageOfSlack()
    {
        var dropped = new Npgsql.NpgsqlException("Exception while reading from stream", new System.IO.EndOfStreamException());

        Assert.That(TransientFailure.Is(dropped), Is.True);
        Assert.That(TransientFailure.IsOutage(dropped), Is.False);
    }

    [Test]
    public void Is_DatabaseRefusingTheStatement_GivenUp() =>
        Assert.That(TransientFailure.Is(new Microsoft.Data.Sqlite.SqliteException("constraint failed", 19)), Is.False);
}
