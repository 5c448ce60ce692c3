using SCOModel.Core.Lattices;
using SCOModel.MonteCarlo.Kernels;

namespace SCOModel.MonteCarlo;

/// <summary>
/// The fixed order of work in one sweep: the colour classes one after the other, each cut into chunks of at most
/// <see cref="ChunkSize"/> sites that may run in parallel. The chunks depend on the lattice only, never on the
/// thread count, which is what makes a result independent of it. The all-to-all lattice is one chunk, updated site
/// by site with the exact magnetisation.
/// </summary>
internal sealed class SweepSchedule
{
    /// <summary>Sites per chunk: large enough to amortise scheduling, small enough to spread over threads.</summary>
    public const int ChunkSize = 4096;

    private readonly Lazy<GraphVectorKernel?> _graph;

    private SweepSchedule(Lattice lattice, IReadOnlyList<SweepChunk[]> chunksByClass,
        HypercubicCheckerboardKernel? checkerboard)
    {
        ChunksByClass = chunksByClass;
        Checkerboard = checkerboard;
        _graph = new Lazy<GraphVectorKernel?>(() => GraphVectorKernel.For(lattice, chunksByClass),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>For each colour class, its chunks.</summary>
    public IReadOnlyList<SweepChunk[]> ChunksByClass { get; }

    /// <summary>
    /// The vectorised kernel of this lattice where one applies and the hardware runs it (periodic chain, square or
    /// cubic with even lengths, AVX-512 or AVX2); used for the sweeps with an acceptance table. Null otherwise.
    /// </summary>
    public HypercubicCheckerboardKernel? Checkerboard { get; }

    /// <summary>
    /// The vectorised kernel of any neighbour graph (AVX-512, z_max ≤ <see cref="GraphVectorKernel.MaxSupportedDegree"/>);
    /// used for the sweeps with an acceptance table that <see cref="Checkerboard"/> does not take. Null otherwise.
    /// Built on first use (its layout takes about 8 bytes per site per window), once, whichever thread asks.
    /// </summary>
    public GraphVectorKernel? Graph => _graph.Value;

    /// <summary>The schedule of a lattice; <paramref name="width"/> picks the vector loop (default: the widest this CPU runs).</summary>
    public static SweepSchedule For(Lattice lattice, CheckerboardWidth? width = null)
    {
        int chunkSize = lattice.IsAllToAll ? int.MaxValue : ChunkSize;
        var classes = new List<SweepChunk[]>();
        int slot = 0;
        for (int c = 0; c < lattice.Colouring.ClassCount; c++)
        {
            var chunks = new List<SweepChunk>();
            foreach (var sites in lattice.Colouring.Class(c).ToArray().Chunk(chunkSize))
            {
                chunks.Add(new SweepChunk(sites, slot));
                slot += sites.Length;
            }

            classes.Add(chunks.ToArray());
        }

        return new SweepSchedule(lattice, classes, HypercubicCheckerboardKernel.For(lattice, width));
    }
}

/// <summary>Sites updated together, and the random-stream slot of the first (the others follow in order).</summary>
internal sealed record SweepChunk(int[] Sites, int FirstSlot);
