using System.Collections.Concurrent;
using System.Globalization;
using IncidentBot.Work;

namespace IncidentBot.Tests.Work;

[TestFixture]
public sealed class FollowUpThreadsTests
{
    private FollowUpThreads _threads = null!;

    [SetUp]
    public void SetUp() => _threads = new FollowUpThreads(2, FollowUpThreads.Niceness);

    [TearDown]
    public void TearDown() => _threads.Dispose();

    [Test]
    public async Task RunAsync_Work_RunsThereAndComesBackThereAfterEachAwait()
    {
        var seen = new List<bool>();

        await _threads.RunAsync(async () =>
        {
            seen.Add(FollowUpThreads.IsCurrent);
            await Task.Delay(10);
            seen.Add(FollowUpThreads.IsCurrent);
            await Task.Yield();
            seen.Add(FollowUpThreads.IsCurrent);
        });

        Assert.That(seen, Is.EqualTo(new[] { true, true, true }));
        Assert.That(FollowUpThreads.IsCurrent, Is.False);
    }

    [Test]
    public async Task RunAsync_WorkThatThrows_FailsItsOwnTaskAndTheThreadsGoOn()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => _threads.RunAsync(() => throw new InvalidOperationException("boom")));

        Assert.That(await RunOnThreadsAsync(() => FollowUpThreads.IsCurrent), Is.True);
    }

    [Test]
    public async Task RunAsync_MoreWorkThanThreads_AllRunsAtMostTwoAtOnce()
    {
        var running = 0;
        var most = 0;
        var threadIds = new ConcurrentBag<int>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _threads.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            threadIds.Add(Environment.CurrentManagedThreadId);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return Task.CompletedTask;
        })));

        Assert.That(threadIds, Has.Count.EqualTo(20));
        Assert.That(threadIds.Distinct().Count(), Is.LessThanOrEqualTo(2));
        Assert.That(most, Is.InRange(1, 2));
    }

    [Test]
    public async Task Threads_OnLinux_RunAtTheBottomOfThePriorityScale()
    {
        Assume.That(OperatingSystem.IsLinux(), "thread nice values are read from Linux's /proc");
        var processNice = NiceOf("/proc/self/stat");

        var threadNice = await RunOnThreadsAsync(() => NiceOf("/proc/thread-self/stat"));

        Assert.That(threadNice, Is.EqualTo(Math.Min(19, processNice + FollowUpThreads.Niceness)));
        Assert.That(NiceOf("/proc/thread-self/stat"), Is.EqualTo(processNice), "the test's own thread keeps the process's priority");
    }

    [Test]
    public async Task Dispose_WorkQueuedBefore_AllRuns()
    {
        var ran = 0;
        var queued = Enumerable.Range(0, 50).Select(_ => _threads.RunAsync(async () =>
        {
            await Task.Yield();
            Interlocked.Increment(ref ran);
        })).ToList();

        _threads.Dispose();
        await Task.WhenAll(queued);

        Assert.That(ran, Is.EqualTo(50));
    }

    [Test]
    public async Task Dispose_WorkQueuedAfter_RunsOnTheSharedPool()
    {
        _threads.Dispose();

        var onFollowUpThread = await RunOnThreadsAsync(() => FollowUpThreads.IsCurrent);

        Assert.That(onFollowUpThread, Is.False);
    }

    [Test]
    public void DefaultThreads_AreOneFewerThanTheCores()
    {
        using var threads = new FollowUpThreads();

        Assert.That(threads.MaximumConcurrencyLevel, Is.EqualTo(Math.Max(1, Environment.ProcessorCount - 1)));
    }

    private async Task<T> RunOnThreadsAsync<T>(Func<T> read)
    {
        var result = default(T)!;
        await _threads.RunAsync(() =>
        {
            result = read();
            return Task.CompletedTask;
        });
        return result;
    }

    /// <summary>The nice value in a /proc stat line: the 19th field, counted from after the parenthesised name.</summary>
    private static int NiceOf(string statPath)
    {
        var stat = File.ReadAllText(statPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
