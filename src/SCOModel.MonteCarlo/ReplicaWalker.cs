using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SCOModel.Core.Configuration;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.MonteCarlo.Kernels;
using SCOModel.MonteCarlo.Random;
using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo;

/// <summary>
/// One replica walking one path: it owns the spin configuration (the only mutable state of a simulation), carries it
/// from point to point, and records the observables after every measured sweep. Its sweep counter numbers the random
/// streams, so the walk is a pure function of (seed, path, replica).
/// </summary>
internal sealed class ReplicaWalker
{
    private readonly IsingLikeModel _model;
    private readonly SweepSchedule _schedule;
    private readonly UpdateRule _rule;
    private readonly SpinRandom _random;
    private readonly int _innerThreads;
    private readonly sbyte[] _storage;
    private readonly int _offset;
    private readonly int _siteCount;
    private readonly ConfigurationMoments[] _chunkDeltas;
    private ConfigurationMoments _moments;
    private uint _sweep;

    public ReplicaWalker(IsingLikeModel model, SweepSchedule schedule, SimulationConfig config, int path, int replica,
        int innerThreads)
    {
        _model = model;
        _schedule = schedule;
        _rule = config.MonteCarlo.Update;
        _innerThreads = innerThreads;
        _random = new SpinRandom(config.Seed, path, replica);
        _siteCount = model.Lattice.SiteCount;
        (_storage, _offset) = AlignedSpins(_siteCount);
        _chunkDeltas = new ConfigurationMoments[schedule.ChunksByClass.Max(c => c.Length)];
        Initialise(config.Protocol.InitialState, new CounterRandom(config.Seed, path, replica, RandomPurpose.InitialState));
    }

    /// <summary>
    /// Whether sweeps with an acceptance table use the schedule's vectorised kernel where it has one (the default);
    /// false forces the scalar graph kernel, for comparisons. Both give bit-identical results.
    /// </summary>
    public bool UseVectorKernel { get; init; } = true;

    /// <summary>
    /// Whether the regular-lattice checkerboard kernel takes the lattices it applies to (the default); false leaves
    /// them to the vectorised graph kernel, for comparisons. Only read when <see cref="UseVectorKernel"/> is true.
    /// </summary>
    public bool UseCheckerboardKernel { get; init; } = true;

    /// <summary>The current configuration (read-only view, for tests and snapshots).</summary>
    public ReadOnlySpan<sbyte> Spins => _storage.AsSpan(_offset, _siteCount);

    /// <summary>The moments of the current configuration, tracked through the sweeps.</summary>
    public ConfigurationMoments Moments => _moments;

    /// <summary>The sweeps done so far: the counter that numbers the random streams of the next sweep.</summary>
    public uint SweepCounter => _sweep;

    /// <summary>
    /// Puts the walker where a checkpoint left it: the configuration and the sweep counter are the whole state carried
    /// from point to point (the moments are re-measured at each point, the random numbers are a function of the
    /// counter), so the walk goes on bit for bit as if it had never stopped. A configuration no walk of this model could
    /// reach (another size, a value other than ±1, a trapped site out of its state) is an
    /// <see cref="InvalidDataException"/>. Inert sites are not in the lattice, so they have no spin to check.
    /// </summary>
    public void Restore(ReadOnlySpan<sbyte> spins, uint sweepCounter)
    {
        if (spins.Length != _siteCount)
        {
            throw new InvalidDataException($"a saved walk has {spins.Length} sites, the lattice {_siteCount}");
        }

        for (int i = 0; i < spins.Length; i++)
        {
            if (spins[i] is not (1 or -1))
            {
                throw new InvalidDataException($"site {i} of a saved walk holds {spins[i]}, not a spin (+1 HS or -1 LS)");
            }
        }

        var trapped = _model.TrappedStates;
        for (int i = 0; i < trapped.Length; i++)
        {
            if (trapped[i] != 0 && spins[i] != trapped[i])
            {
                throw new InvalidDataException($"site {i} of a saved walk is trapped {(trapped[i] > 0 ? "HS" : "LS")} " +
                    $"but holds {spins[i]}");
            }
        }

        spins.CopyTo(WritableSpins);
        _sweep = sweepCounter;
        _moments = _model.Measure(Spins);
    }

    /// <summary>Equilibrates at a point, then measures; returns the point's binned series (O(log n) memory).</summary>
    public PointSeries Visit(ControlPoint point, int equilibrationSweeps, int measuredSweeps)
    {
        var conditions = SweepConditions.At(_model, point.TemperatureK, point.PressureGPa, _rule);

        // Re-measure once per point so that the tracked bond sum never drifts by accumulated rounding.
        _moments = _model.Measure(Spins);
        for (int k = 0; k < equilibrationSweeps; k++)
        {
            Sweep(conditions);
        }

        var series = new PointSeries();
        for (int k = 0; k < measuredSweeps; k++)
        {
            Sweep(conditions);
            var moments = _moments;
            series.HighSpinFraction.Add(_model.HighSpinFraction(moments.Magnetisation));
            series.EnergyPerSiteK.Add(_model.EnergyPerSiteK(moments, point.TemperatureK, point.PressureGPa, Spins));
            series.NearestNeighbourCorrelation.Add(_model.NearestNeighbourCorrelation(moments));
        }

        return series;
    }

    /// <summary>One sweep: every colour class in turn, its chunks in parallel when that pays.</summary>
    public void Sweep(in SweepConditions conditions)
    {
        uint sweep = _sweep++;
        foreach (var chunks in _schedule.ChunksByClass)
        {
            long start = _moments.Magnetisation;
            var deltas = _chunkDeltas.AsSpan(0, chunks.Length);
            if (_innerThreads > 1 && chunks.Length > 1)
            {
                var local = conditions;
                var buffer = _chunkDeltas;
                Parallel.For(0, chunks.Length, new ParallelOptions { MaxDegreeOfParallelism = _innerThreads },
                    k => buffer[k] = UpdateChunk(chunks[k], local, start, sweep));
            }
            else
            {
                for (int k = 0; k < chunks.Length; k++)
                {
                    deltas[k] = UpdateChunk(chunks[k], conditions, start, sweep);
                }
            }

            // Summed in chunk order, whatever order the chunks ran in: bit-identical for any thread count.
            foreach (var delta in deltas)
            {
                _moments = new ConfigurationMoments(
                    _moments.Magnetisation + delta.Magnetisation,
                    _moments.WeightedBondSum + delta.WeightedBondSum,
                    _moments.BondProductSum + delta.BondProductSum);
            }
        }
    }

    private ConfigurationMoments UpdateChunk(SweepChunk chunk, in SweepConditions conditions, long magnetisation, uint sweep)
    {
        if (UseVectorKernel && conditions.Table is { } table)
        {
            if (UseCheckerboardKernel && _schedule.Checkerboard is { } checkerboard)
            {
                return checkerboard.Update(chunk.FirstSlot, chunk.Sites.Length, WritableSpins, table.Thresholds, _random, sweep);
            }

            if (_schedule.Graph is { } graph)
            {
                return graph.Update(chunk.Sites, chunk.FirstSlot, WritableSpins, table.Thresholds, _random, sweep);
            }
        }

        var lattice = _model.Lattice;
        return SingleSpinKernel.Update(chunk.Sites, chunk.FirstSlot, WritableSpins, lattice.Offsets, lattice.Neighbours, _model.EntryCouplingsK,
            conditions, magnetisation, _random, sweep);
    }

    /// <summary>The configuration, writable.</summary>
    private Span<sbyte> WritableSpins => _storage.AsSpan(_offset, _siteCount);

    /// <summary>
    /// A pinned array holding the configuration from a 64-byte boundary on: the vector kernels load and store 64
    /// bytes of a row at a time from row starts that are multiples of 64 on the usual lattices, and an access that
    /// straddles two cache lines costs both.
    /// </summary>
    private static unsafe (sbyte[] Storage, int Offset) AlignedSpins(int siteCount)
    {
        var storage = GC.AllocateArray<sbyte>(siteCount + 63, pinned: true);
        nuint address = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(storage));
        return (storage, (int)((64 - (address % 64)) % 64));
    }

    private void Initialise(InitialState state, CounterRandom random)
    {
        var spins = WritableSpins;
        for (int i = 0; i < spins.Length; i++)
        {
            spins[i] = state switch
            {
                InitialState.Hs => 1,
                InitialState.Ls => -1,
                _ => random.Uniform(0, i) < 0.5 ? (sbyte)1 : (sbyte)-1,
            };
        }

        // Trapped sites start, and stay, in their state.
        var trapped = _model.TrappedStates;
        for (int i = 0; i < trapped.Length; i++)
        {
            if (trapped[i] != 0)
            {
                spins[i] = trapped[i];
            }
        }

        _moments = _model.Measure(Spins);
    }
}
