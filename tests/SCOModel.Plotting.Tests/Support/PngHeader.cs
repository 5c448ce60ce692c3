using System.Buffers.Binary;

namespace SCOModel.Plotting.Tests.Support;

/// <summary>Reads a PNG's size from its header: the signature, then the IHDR chunk with width and height.</summary>
public static class PngHeader
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height in pixels; throws when the file is not a PNG.</summary>
    public static (int Width, int Height) Size(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} does not start with the PNG signature");
        }

        // The first chunk: 4-byte length (13), "IHDR", then width and height as big-endian 32-bit integers.
        if (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8, 4)) != 13 ||
            System.Text.Encoding.ASCII.GetString(bytes, 12, 4) != "IHDR")
        {
            throw new InvalidDataException($"{path} does not begin with an IHDR chunk");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
