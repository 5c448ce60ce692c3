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

    /// <summary>
    /// Decodes <see cref="Encode"/>'s bytes for a lattice of <paramref name="siteCount"/> sites after
    /// <paramref name="pointsDone"/> points; anything else (another lattice size, another point count, series that no
    /// walk could have measured, bytes past the end) is an <see cref="InvalidDataException"/>. The counts read are
    /// compared with the expected ones before anything is allocated for them, so edited bytes cannot ask for gigabytes.
    /// The spins themselves are checked against the model by <see cref="ReplicaWalker.Restore"/>.
    /// </summary>
    public static (uint SweepCounter, sbyte[] Spins, PointSeries[] Measured) Decode(byte[] state, int siteCount, int pointsDone)
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
            if (sites != siteCount)
            {
                throw new InvalidDataException($"a saved walk has {sites} sites, the lattice {siteCount}");
            }

            byte[] bytes = reader.ReadBytes(sites);
            if (bytes.Length != sites)
            {
                throw new InvalidDataException("the spins are cut short");
            }

            var spins = MemoryMarshal.Cast<byte, sbyte>(bytes).ToArray();
            int count = reader.ReadInt32();
            if (count != pointsDone)
            {
                throw new InvalidDataException($"a saved walk holds {count} points for {pointsDone} done");
            }

            var measured = new PointSeries[count];
            for (int k = 0; k < count; k++)
            {
                measured[k] = PointSeries.ReadFrom(reader);
                Check(measured[k], k);
            }

            // Reading past the end also makes the stream check its Adler-32 sum over all the bytes.
            if (deflate.ReadByte() != -1)
            {
                throw new InvalidDataException("a saved walk has bytes past its end");
            }

            return (sweep, spins, measured);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a saved Monte Carlo walk is cut short", e);
        }
    }

    /// <summary>
    /// Every level of a measured series holds a count ≥ 0; those of n_HS and the energy, where they have blocks, finite
    /// moments (the nearest-neighbour correlation may be NaN on a lattice without bonds).
    /// </summary>
    private static void Check(PointSeries series, int point)
    {
        foreach (var (observable, finite) in new[]
        {
            (series.HighSpinFraction, true), (series.EnergyPerSiteK, true), (series.NearestNeighbourCorrelation, false),
        })
        {
            for (int level = 0; level < observable.Levels; level++)
            {
                long blocks = observable.BlockCount(level);
                if (blocks < 0 || (finite && blocks > 0 && !(double.IsFinite(observable.BlockMean(level))
                    && double.IsFinite(observable.BlockSquares(level)) && observable.BlockSquares(level) >= 0)))
                {
                    throw new InvalidDataException($"the series of point {point} of a saved walk holds no possible measurements");
                }
            }
        }
    }
}
