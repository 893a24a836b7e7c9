using System.Text;
using IncidentBot.Slack.Http;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Tests.Slack.Http;

public sealed class SlackRequestBodyTests
{
    [Test]
    public async Task Read_DeclaredLength_ReadsTheWholeBodyArrivingInPieces()
    {
        var bytes = Encoding.UTF8.GetBytes("team_id=T1&text=" + new string('x', 40_000));
        var context = Request(new TrickleStream(bytes, 1000), bytes.Length);

        var body = await SlackRequestBody.ReadAsync(context);

        Assert.That(body!.Raw, Is.EqualTo(bytes));
        Assert.That(SlackRequestBody.From(context), Is.SameAs(body));
    }

    [Test]
    public async Task Read_NoDeclaredLength_ReadsTheWholeBody()
    {
        var bytes = Encoding.UTF8.GetBytes("team_id=T1&text=" + new string('y', 70_000));

        var body = await SlackRequestBody.ReadAsync(Request(new TrickleStream(bytes, 7000), null));

        Assert.That(body!.Raw, Is.EqualTo(bytes));
    }

    [Test]
    public async Task Read_BodyShorterThanDeclared_KeepsWhatArrived()
    {
        var bytes = Encoding.UTF8.GetBytes("team_id=T1");

        var body = await SlackRequestBody.ReadAsync(Request(new MemoryStream(bytes), bytes.Length + 10));

        Assert.That(body!.Raw, Is.EqualTo(bytes));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Read_OverTheLimit_IsRefused(bool declared)
    {
        var bytes = new byte[SlackRequestBody.MaxBytes + 1];

        var body = await SlackRequestBody.ReadAsync(Request(new MemoryStream(bytes), declared ? bytes.Length : null));

        Assert.That(body, Is.Null);
    }

    [Test]
    public void MaxBytes_IsFarBelowAMebibyteYetAboveSlacksLargestView() =>
        Assert.That(SlackRequestBody.MaxBytes, Is.LessThan(1024 * 1024).And.GreaterThan(250_000 * 3 / 2));

    [Test]
    public async Task Read_DeclaredOverTheLimit_IsRefusedWithoutReading()
    {
        var body = await SlackRequestBody.ReadAsync(Request(new UnreadableStream(), 1L << 30));

        Assert.That(body, Is.Null);
    }

    [Test]
    public async Task Read_DeclaredLengthLargerThanWhatArrives_AllocatesOnlyForWhatArrived()
    {
        var bytes = Encoding.UTF8.GetBytes("team_id=T1&text=hi");
        var context = Request(new MemoryStream(bytes), SlackRequestBody.MaxBytes);
        await SlackRequestBody.ReadAsync(Request(new MemoryStream(bytes), bytes.Length));

        // The stream completes synchronously, so the read runs on this thread from start to end.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var body = await SlackRequestBody.ReadAsync(context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(body!.Raw, Is.EqualTo(bytes));
        Assert.That(allocated, Is.LessThan(64 * 1024), "the declared length is a promise, not something to allocate for");
    }

    [Test]
    public void Form_DecodesFields()
    {
        var body = new SlackRequestBody(Encoding.UTF8.GetBytes("text=declare+sev1+Checkout%20is%20failing&user_id=U1"));

        Assert.That(body.Form(), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["text"] = "declare sev1 Checkout is failing", ["user_id"] = "U1",
        }));
    }

    private static DefaultHttpContext Request(Stream body, long? length)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = body;
        context.Request.ContentLength = length;
        return context;
    }

    /// <summary>A body that must not be read.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new AssertionException("the body was read");
    }

    /// <summary>A body that arrives a few bytes per read, as a socket gives it.</summary>
    private sealed class TrickleStream(byte[] data, int piece) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);
    }
}
