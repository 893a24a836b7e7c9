using IncidentBot.Slack.Api;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

[TestFixture]
public sealed class ChannelPacerTests
{
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp() => _time = new FakeTimeProvider();

    [Test]
    public async Task WaitAsync_WithinBurst_CompletesImmediately()
    {
        var sut = CreateSut();

        for (var i = 0; i < 3; i++)
        {
            var wait = sut.WaitAsync("C1");
            Assert.That(wait.IsCompleted, Is.True, $"message {i + 1} of the burst waited");
            await wait;
        }
    }

    [Test]
    public async Task WaitAsync_FourthMessageWithinASecond_WaitsUntilIntervalPasses()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");

        var fourth = sut.WaitAsync("C1");
        _time.Advance(TimeSpan.FromSeconds(0.9));
        Assert.That(fourth.IsCompleted, Is.False, "fourth message went out early");

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task WaitAsync_OtherChannel_IsNotHeldUpByABusyChannel()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");
        var blocked = sut.WaitAsync("C1");

        var other = sut.WaitAsync("C2");

        Assert.Multiple(() =>
        {
            Assert.That(blocked.IsCompleted, Is.False);
            Assert.That(other.IsCompleted, Is.True);
        });
    }

    [Test]
    public async Task WaitAsync_QueuedCallers_AreSpacedOneIntervalApart()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");

        var fourth = sut.WaitAsync("C1");
        var fifth = sut.WaitAsync("C1");
        _time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(fifth.IsCompleted, Is.False, "fifth message shared the fourth's slot");
        _time.Advance(TimeSpan.FromSeconds(1));
        await fifth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task WaitAsync_AfterIdleTime_RefillsUpToBurstOnly()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");

        _time.Advance(TimeSpan.FromMinutes(1));

        await SpendBurstAsync(sut, "C1");
        Assert.That(sut.PeekDelay("C1"), Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task WaitAsync_WhenCancelledWhileWaiting_GivesTheSlotBack()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");
        using var cts = new CancellationTokenSource();

        var cancelled = sut.WaitAsync("C1", cts.Token);
        await cts.CancelAsync();

        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(sut.PeekDelay("C1"), Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task WaitAsync_ManyConcurrentCallers_NeverExceedTheRate()
    {
        var sut = CreateSut();

        var waits = Enumerable.Range(0, 13).Select(_ => Task.Run(() => sut.WaitAsync("C1"))).ToList();
        for (var i = 0; i < 500 && sut.PeekDelay("C1") < TimeSpan.FromSeconds(11); i++)
        {
            await Task.Delay(10); // until all 13 callers hold a reservation
        }

        await Task.Delay(50);

        Assert.That(waits.Count(w => w.IsCompleted), Is.EqualTo(3), "burst size");
        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(100);
        Assert.That(waits.Count(w => w.IsCompleted), Is.EqualTo(8), "burst + one per second");
    }

    [Test]
    public async Task Admit_ChannelWithinItsPace_LetsThePostGoNow()
    {
        var sut = CreateSut();
        await sut.WaitAsync("C1");

        Assert.That(sut.Admit("C1", "post-1", TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task Admit_BusyChannel_GivesEachDeferredPostItsOwnTurnOneIntervalApart()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");
        _ = sut.WaitAsync("C1"); // a reservation one interval ahead

        var turns = Enumerable.Range(1, 4).Select(i => sut.Admit("C1", $"post-{i}", TimeSpan.FromSeconds(1))).ToList();

        Assert.That(turns, Is.EqualTo(new[] { 2.0, 3.0, 4.0, 5.0 }.Select(TimeSpan.FromSeconds)));
    }

    [Test]
    public async Task Admit_SamePostAskingAgain_KeepsItsTurnAndGoesWhenItComes()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");
        _ = sut.WaitAsync("C1");
        var first = sut.Admit("C1", "post-1", TimeSpan.FromSeconds(1));
        Assert.That(sut.Admit("C1", "post-2", TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.FromSeconds(3)), "queued behind post-1");

        _time.Advance(TimeSpan.FromSeconds(0.5));
        Assert.That(sut.Admit("C1", "post-1", TimeSpan.FromSeconds(1)), Is.EqualTo(first - TimeSpan.FromSeconds(0.5)), "asked early: the rest of its wait");

        _time.Advance(first - TimeSpan.FromSeconds(0.5));
        Assert.That(sut.Admit("C1", "post-1", TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.Zero), "its turn");
        await sut.WaitAsync("C1"); // post-1 goes out
        Assert.That(sut.Admit("C1", "post-3", TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.FromSeconds(2)),
            "post-1 left the line; post-3 queues behind post-2");
    }

    [Test]
    public async Task Admit_TurnNeverTaken_IsGivenUpAfterAMinute()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");
        _ = sut.WaitAsync("C1");
        for (var i = 0; i < 5; i++)
        {
            sut.Admit("C1", $"abandoned-{i}", TimeSpan.FromSeconds(1));
        }

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.That(sut.Admit("C1", "fresh", TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task Admit_OtherChannels_AreUnaffected()
    {
        var sut = CreateSut();
        await SpendBurstAsync(sut, "C1");
        _ = sut.WaitAsync("C1");
        sut.Admit("C1", "post-1", TimeSpan.FromSeconds(1));

        Assert.That(sut.Admit("C2", "post-1", TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task QuietChannels_AfterTheIdleTime_AreForgottenAndPaceAfreshWhenUsedAgain()
    {
        var sut = CreateSut();
        for (var i = 0; i < 50; i++)
        {
            await sut.WaitAsync($"C{i}");
        }

        _time.Advance(ChannelPacer.IdleAfter);
        await sut.WaitAsync("CNEW");

        Assert.That(sut.ChannelCount, Is.EqualTo(1));
        await SpendBurstAsync(sut, "C0");
        Assert.That(sut.WaitAsync("C0").IsCompleted, Is.False, "a forgotten channel's new bucket still paces it");
    }

    [Test]
    public async Task BusyOrWaitingChannels_AreKept()
    {
        var sut = CreateSut();
        await sut.WaitAsync("CQUIET");
        _time.Advance(ChannelPacer.IdleAfter - TimeSpan.FromSeconds(1));
        await sut.WaitAsync("CRECENT");
        await SpendBurstAsync(sut, "CBACKLOG");
        var backlog = sut.WaitAsync("CBACKLOG");
        _ = sut.WaitAsync("CBACKLOG");

        _time.Advance(TimeSpan.FromSeconds(1));
        await backlog;
        await sut.WaitAsync("CNEW");

        Assert.That(sut.ChannelCount, Is.EqualTo(3), "only the channel quiet for the whole idle time is forgotten");
    }

    private static async Task SpendBurstAsync(ChannelPacer sut, string channel)
    {
        for (var i = 0; i < 3; i++)
        {
            await sut.WaitAsync(channel);
        }
    }

    private ChannelPacer CreateSut() => new(3, TimeSpan.FromSeconds(1), _time);
}
