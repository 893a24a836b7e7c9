using IncidentBot.Work;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Tests.Work;

[TestFixture]
public sealed class ForegroundActivityTests
{
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp() => _time = new FakeTimeProvider();

    [Test]
    public void IsBusy_NothingAnsweredYet_IsFalse() => Assert.That(new ForegroundActivity(_time).IsBusy, Is.False);

    [Test]
    public void IsBusy_WhileAnAnswerIsUnderWay_IsTrue()
    {
        var sut = new ForegroundActivity(_time);

        using (sut.Enter())
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            Assert.That(sut.IsBusy, Is.True);
        }
    }

    [Test]
    public void IsBusy_AfterTheLastAnswer_StaysTrueForTheLingerThenFalse()
    {
        var sut = new ForegroundActivity(_time);
        using (sut.Enter())
        {
            _time.Advance(TimeSpan.FromMilliseconds(3));
        }

        _time.Advance(ForegroundActivity.Linger - TimeSpan.FromMilliseconds(1));
        Assert.That(sut.IsBusy, Is.True, "just after an answer");

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(sut.IsBusy, Is.False);
    }

    [Test]
    public void IsBusy_OverlappingAnswers_StaysTrueUntilTheLastEnds()
    {
        var sut = new ForegroundActivity(_time);
        var first = sut.Enter();
        var second = sut.Enter();

        first.Dispose();
        _time.Advance(ForegroundActivity.Linger * 2);
        Assert.That(sut.IsBusy, Is.True, "second still under way");

        second.Dispose();
        _time.Advance(ForegroundActivity.Linger);
        Assert.That(sut.IsBusy, Is.False);
    }
}
