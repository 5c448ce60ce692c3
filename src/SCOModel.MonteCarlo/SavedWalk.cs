using System.IO.Compression;
using System.Runtime.InteropServices;
using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo;

/// <summary>
/// The checkpoint of one Monte Carlo walk (a replica on a path) at a point boundary: the sweep counter, the spins and
/// the binned series of the points measured so far, deflated. Restoring it continues the walk bit for bit
/// (<see cref="ReplicaWalker.Restore"/>): every random number is a function of (seed, path, replica, sweep, site).
/// </summary>
internal static class SavedWalk
{
    private const int Format = 1;

    /// <summary>Encodes a walker's state and the series it has measured on its path.</summary>
    public static byte[] Encode(ReplicaWalker walker, IReadOnlyList<PointSeries> measured)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate))
        {
            writer.Write(Format);
            writer.Write(walker.SweepCounter);
            var spins = walker.Spins;
            writer.Write(spins.Length);
            writer.Write(MemoryMarshal.AsBytes(spins));
            writer.Write(measured.Count);
            foreach (var series in measured)
            {
                series.WriteTo(writer);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes <see cref="Encode"/>'s bytes; anything else is an <see cref="InvalidDataException"/>.</summary>
    public static (uint SweepCounter, sbyte[] Spins, PointSeries[] Measured) Decode(byte[] state)
    {
        try
        {
            using var deflate = new ZLibStream(new MemoryStream(state), CompressionMode.Decompress);
            using var reader = new BinaryReader(deflate);
            if (reader.ReadInt32() != Format)
            {
                throw new InvalidDataException("not a Monte Carlo walk of this format");
            }

            uint sweep = reader.ReadUInt32();
            int sites = reader.ReadInt32();
            if (sites < 0)
            {
                throw new InvalidDataException($"{sites} sites");
            }

            byte[] bytes = reader.ReadBytes(sites);
            if (bytes.Length != sites)
            {
                throw new InvalidDataException("the spins are cut short");
            }

            var spins = MemoryMarshal.Cast<byte, sbyte>(bytes).ToArray();

            int count = reader.ReadInt32();
            if (count < 0)
            {
                throw new InvalidDataException($"{count} points");
            }

            var measured = new PointSeries[count];
            for (int k = 0; k < count; k++)
            {
                measured[k] = PointSeries.ReadFrom(reader);
            }

            return (sweep, spins, measured);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a saved Monte Carlo walk is cut short", e);
        }
    }
}
