using IncidentBot.Core.Storage;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class WriterGateTests
{
    [Test]
    public async Task Release_WithBothLanesWaiting_LetsTheForegroundWriterGoFirst()
    {
        var gate = new WriterGate();
        await gate.EnterAsync(background: true, default);
        var order = new List<string>();
        var background = gate.EnterAsync(background: true, default).ContinueWith(_ => { lock (order) { order.Add("background"); } gate.Release(); }, TaskScheduler.Default);
        var foreground = gate.EnterAsync(background: false, default).ContinueWith(_ => { lock (order) { order.Add("foreground"); } gate.Release(); }, TaskScheduler.Default);

        gate.Release();
        await Task.WhenAll(background, foreground);

        Assert.That(order, Is.EqualTo(new[] { "foreground", "background" }));
    }

    [Test]
    public async Task Release_WhenTheNextWaiterWasCancelled_PassesTheTurnOn()
    {
        var gate = new WriterGate();
        await gate.EnterAsync(background: false, default);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.EnterAsync(background: false, cancel.Token);
        var next = gate.EnterAsync(background: true, default);

        await cancel.CancelAsync();
        gate.Release();

        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await Task.WhenAny(next, Task.Delay(2000)), Is.SameAs(next), "the background writer never got its turn");
    }

    [Test]
    public async Task Enter_OnlyOneWriterHoldsTheGateAtATime()
    {
        var gate = new WriterGate();
        var inside = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await gate.EnterAsync(background: i % 2 == 0, default);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
            gate.Release();
        })));

        Assert.That(most, Is.EqualTo(1));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
