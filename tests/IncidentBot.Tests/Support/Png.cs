using System.Buffers.Binary;

namespace IncidentBot.Tests.Support;

/// <summary>Reads just enough of a PNG to tell a real image from anything else: its signature and its header's size.</summary>
public static class Png
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.Length > 24 && bytes[..8].SequenceEqual(Signature)
        && bytes.Slice(12, 4).SequenceEqual("IHDR"u8);

    /// <summary>Width and height from the IHDR chunk, which a PNG always has first.</summary>
    public static (int Width, int Height) Size(ReadOnlySpan<byte> bytes) =>
        (BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(20, 4)));
}
