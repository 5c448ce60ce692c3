using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.MonteCarlo.Kernels;

namespace SCOModel.MonteCarlo.Tests.Kernels;

/// <summary>
/// The vectorised graph kernel must take exactly the decisions of the scalar graph kernel (same random word, same
/// integer test per site), so configurations and tracked moments agree bit for bit after every sweep, on regular
/// and irregular graphs (open boundaries: masked pad entries), chunks that are and are not multiples of 16 sites,
/// and for both update rules.
/// </summary>
public class GraphVectorKernelTests
{
    public static TheoryData<LatticeKind, int[], Boundary, UpdateRule> Cases()
    {
        var data = new TheoryData<LatticeKind, int[], Boundary, UpdateRule>();
        (LatticeKind Kind, int[] Size, Boundary Boundary)[] lattices =
        [
            (LatticeKind.Triangular, [6, 6], Boundary.Periodic),
            (LatticeKind.Triangular, [48, 30], Boundary.Periodic),
            (LatticeKind.Triangular, [17, 13], Boundary.Open),
            (LatticeKind.Triangular, [96, 96], Boundary.Periodic),
            (LatticeKind.Honeycomb, [8, 8], Boundary.Periodic),
            (LatticeKind.Honeycomb, [40, 36], Boundary.Periodic),
            (LatticeKind.Honeycomb, [11, 9], Boundary.Open),
            (LatticeKind.Square, [64, 64], Boundary.Periodic),
            (LatticeKind.Square, [33, 21], Boundary.Open),
            (LatticeKind.Square, [130, 70], Boundary.Open),
            (LatticeKind.Square, [9, 9], Boundary.Periodic),
            (LatticeKind.Square, [45, 31], Boundary.Periodic),
            (LatticeKind.Square, [128, 36], Boundary.Periodic),
            (LatticeKind.Square, [96, 40], Boundary.Open),
            (LatticeKind.Square, [130, 24], Boundary.Periodic),
            (LatticeKind.Cubic, [64, 6, 4], Boundary.Periodic),
            (LatticeKind.Cubic, [96, 5, 4], Boundary.Open),
            (LatticeKind.Cubic, [8, 6, 10], Boundary.Periodic),
            (LatticeKind.Cubic, [7, 5, 9], Boundary.Periodic),
            (LatticeKind.Cubic, [9, 8, 7], Boundary.Open),
            (LatticeKind.Chain, [1001], Boundary.Open),
        ];
        foreach (var rule in new[] { UpdateRule.Metropolis, UpdateRule.HeatBath })
        {
            foreach (var (kind, size, boundary) in lattices)
            {
                data.Add(kind, size, boundary, rule);
            }
        }

        return data;
    }

    private static (ReplicaWalker Walker, IsingLikeModelConfig Model) Walker(LatticeKind kind, int[] size,
        Boundary boundary, UpdateRule rule, int threads, bool vector)
    {
        var modelConfig = new IsingLikeModelConfig
        {
            DeltaK = 1000,
            LnG = 5,
            CouplingK = 37.5,
            Lattice = new LatticeSpec(kind, size, boundary),
        };
        var config = new SimulationConfig("kernel", 20261121, modelConfig,
            new TemperatureScan([200.0]) { InitialState = InitialState.Random }, new MonteCarloSettings(rule, 1));
        var model = modelConfig.Build();
        var walker = new ReplicaWalker(model, SweepSchedule.For(model.Lattice), config, 1, 3, threads)
        {
            UseVectorKernel = vector,
            UseCheckerboardKernel = false,
        };
        return (walker, modelConfig);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void VectorGraphAndScalarKernelsGiveBitIdenticalSweeps(LatticeKind kind, int[] size, Boundary boundary,
        UpdateRule rule)
    {
        if (!GraphVectorKernel.IsSupported)
        {
            return; // this CPU lacks AVX-512: the engine never picks this kernel here
        }

        var (vector, modelConfig) = Walker(kind, size, boundary, rule, 1, vector: true);
        var (scalar, _) = Walker(kind, size, boundary, rule, 1, vector: false);
        var model = modelConfig.Build();
        Assert.NotNull(SweepSchedule.For(model.Lattice).Graph);

        KernelAgreement.AssertSameTrajectory(vector, scalar, model, rule);
    }

    [Theory]
    [InlineData(LatticeKind.Triangular, new[] { 120, 90 }, Boundary.Periodic, UpdateRule.Metropolis)]
    [InlineData(LatticeKind.Honeycomb, new[] { 100, 64 }, Boundary.Open, UpdateRule.HeatBath)]
    [InlineData(LatticeKind.Square, new[] { 151, 99 }, Boundary.Open, UpdateRule.HeatBath)]
    [InlineData(LatticeKind.Cubic, new[] { 25, 24, 23 }, Boundary.Periodic, UpdateRule.Metropolis)]
    [InlineData(LatticeKind.Square, new[] { 256, 48 }, Boundary.Periodic, UpdateRule.HeatBath)]
    public void VectorGraphKernelIsIndependentOfTheThreadCount(LatticeKind kind, int[] size, Boundary boundary,
        UpdateRule rule)
    {
        if (!GraphVectorKernel.IsSupported)
        {
            return;
        }

        var (one, modelConfig) = Walker(kind, size, boundary, rule, 1, vector: true);
        var (two, _) = Walker(kind, size, boundary, rule, 2, vector: true);
        var (scalar, _) = Walker(kind, size, boundary, rule, 1, vector: false);
        var model = modelConfig.Build();
        foreach (double t in new[] { 180.0, 210 })
        {
            var conditions = SweepConditions.At(model, t, 0, rule);
            for (int sweep = 0; sweep < 5; sweep++)
            {
                one.Sweep(conditions);
                two.Sweep(conditions);
                scalar.Sweep(conditions);
            }

            Assert.True(one.Spins.SequenceEqual(two.Spins));
            Assert.Equal(one.Moments, two.Moments);
            Assert.True(one.Spins.SequenceEqual(scalar.Spins));
            Assert.Equal(scalar.Moments, one.Moments);
        }
    }

    [Fact]
    public void LayoutMarksIrregularGraphsAndSkipsUnsupportedOnes()
    {
        Lattice Build(LatticeKind kind, int[] size, Boundary boundary = Boundary.Periodic) =>
            LatticeBuilder.Build(new LatticeSpec(kind, size, boundary));
        GraphVectorKernel? Kernel(Lattice lattice) =>
            GraphVectorKernel.For(lattice, SweepSchedule.For(lattice).ChunksByClass, requireHardware: false);

        Assert.Equal(6, Kernel(Build(LatticeKind.Triangular, [6, 6]))!.Degree);
        Assert.Equal(3, Kernel(Build(LatticeKind.Honeycomb, [4, 4]))!.Degree);

        // Row-major neighbours share 4-byte windows: ±x with the site itself, on the triangular lattice also the
        // two neighbours in each adjacent row; a window never holds more than the site's list.
        var square = Kernel(Build(LatticeKind.Square, [64, 64]))!;
        Assert.InRange(square.MeanStepWindows, 3, 3.5);
        Assert.InRange(Kernel(Build(LatticeKind.Triangular, [48, 48]))!.MeanStepWindows, 3, 4);
        Assert.InRange(Kernel(Build(LatticeKind.Square, [7, 5], Boundary.Open))!.Windows, 1, 4);
        Assert.Null(Kernel(Build(LatticeKind.Chain, [4])));
    }

    [Theory]
    [InlineData(LatticeKind.Square, new[] { 256, 256 }, Boundary.Periodic, 0.85)]
    [InlineData(LatticeKind.Square, new[] { 1024, 1024 }, Boundary.Periodic, 0.9)]
    [InlineData(LatticeKind.Triangular, new[] { 96, 96 }, Boundary.Periodic, 0.5)]
    public void MostStepsOfRowMajorLatticesAreEvenlySpaced(LatticeKind kind, int[] size, Boundary boundary, double least)
    {
        // The vector steps of each chunk start at its first slot, every 16 slots; the evenly spaced ones load their
        // windows contiguously (the interior of the rows), the others gather.
        var lattice = LatticeBuilder.Build(new LatticeSpec(kind, size, boundary));
        var chunks = SweepSchedule.For(lattice).ChunksByClass;
        var kernel = GraphVectorKernel.For(lattice, chunks, requireHardware: false)!;
        var steps = chunks.SelectMany(c => c).SelectMany(chunk =>
            Enumerable.Range(0, chunk.Sites.Length / GraphVectorKernel.Lanes).Select(k => chunk.FirstSlot + (k * GraphVectorKernel.Lanes)));
        Assert.InRange(kernel.EvenlySpacedFraction(steps), least, 1);
    }

    [Theory]
    [InlineData(LatticeKind.Square, new[] { 1024, 1024 }, Boundary.Periodic, 0.9)]
    [InlineData(LatticeKind.Square, new[] { 128, 36 }, Boundary.Periodic, 0.45)]
    [InlineData(LatticeKind.Square, new[] { 96, 40 }, Boundary.Open, 0.3)]
    [InlineData(LatticeKind.Square, new[] { 130, 24 }, Boundary.Periodic, 0.3)]
    public void RowsOfEvenlySpacedSitesRunInWideSteps(LatticeKind kind, int[] size, Boundary boundary, double least)
    {
        // The vector loop takes 32 sites at once where a wide step starts and fits in the chunk's vector sites, else
        // 16 (GraphVectorKernel.Steps); on periodic rows the steps at the row's ends, whose ±x neighbour wraps, have
        // other offsets than their neighbours and stay 16-lane. The bit-identity cases above include these lattices,
        // so the wide path (both parities of the first site, the tied lanes of wide steps) is checked against the
        // scalar kernel there.
        var lattice = LatticeBuilder.Build(new LatticeSpec(kind, size, boundary));
        var chunks = SweepSchedule.For(lattice).ChunksByClass;
        var kernel = GraphVectorKernel.For(lattice, chunks, requireHardware: false)!;
        long wideSites = 0;
        long vectorSites = 0;
        var parities = new HashSet<int>();
        foreach (var chunk in chunks.SelectMany(c => c))
        {
            int count = chunk.Sites.Length - (chunk.Sites.Length % GraphVectorKernel.Lanes);
            vectorSites += count;
            for (int k = 0; k < count; k += GraphVectorKernel.Lanes)
            {
                if (kernel.IsWideStep(chunk.FirstSlot + k) && k + GraphVectorKernel.WideLanes <= count)
                {
                    wideSites += GraphVectorKernel.WideLanes;
                    parities.Add(chunk.Sites[k] & 1);
                    k += GraphVectorKernel.Lanes;
                }
            }
        }

        Assert.InRange((double)wideSites / vectorSites, least, 1);
        Assert.Equal(2, parities.Count);
    }

    [Fact]
    public void ShortRowsHaveNoWideSteps()
    {
        // A periodic square row of 32 sites has 16 of a class: 32 lanes at stride 2 never fit in one row.
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [32, 32], Boundary.Periodic));
        var kernel = GraphVectorKernel.For(lattice, SweepSchedule.For(lattice).ChunksByClass, requireHardware: false)!;
        Assert.DoesNotContain(Enumerable.Range(0, lattice.SiteCount), kernel.IsWideStep);
    }
}
