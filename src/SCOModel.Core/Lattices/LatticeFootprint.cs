namespace SCOModel.Core.Lattices;

/// <summary>
/// Estimates the memory a simulation of a lattice needs, so that SCOModel can refuse, with the estimate, a size that
/// would not fit instead of failing half-way.
/// </summary>
public static class LatticeFootprint
{
    /// <summary>
    /// Bytes for the lattice (CSR offsets, neighbours, families, colour classes, site fields and couplings) plus
    /// <paramref name="statesInMemory"/> spin configurations of one byte per site.
    /// </summary>
    public static long EstimateBytes(LatticeSpec spec, int statesInMemory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        long sites = spec.SiteCount;
        long entries = spec.AdjacencyEntryCount;
        const long perSite = sizeof(int) /* offsets */ + sizeof(int) /* colour class */ + sizeof(double) /* field */;
        const long perEntry = sizeof(int) /* neighbour */ + sizeof(byte) /* family */ + sizeof(double) /* coupling */;
        return (sites * perSite) + (entries * perEntry) + (sites * Math.Max(1, statesInMemory));
    }

    /// <summary>Memory this process may use, as the runtime sees it (container limits included).</summary>
    public static long AvailableBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
}
