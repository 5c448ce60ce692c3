using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.MonteCarlo.Kernels;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Tests.Kernels;

/// <summary>
/// The vectorised checkerboard kernel must take exactly the decisions of the scalar graph kernel (same random word,
/// same integer test per site), so configurations and tracked moments agree bit for bit after every sweep, for both
/// update rules, rows that are and are not multiples of the 64-byte window, and chunks that start mid-row.
/// </summary>
public class HypercubicCheckerboardKernelTests
{
    public static TheoryData<LatticeKind, int[], UpdateRule, CheckerboardWidth> Cases()
    {
        var data = new TheoryData<LatticeKind, int[], UpdateRule, CheckerboardWidth>();
        int[][] square = [[8, 8], [6, 10], [64, 64], [66, 6], [130, 4], [200, 50], [256, 18]];
        int[][] cubic = [[4, 4, 4], [64, 4, 6], [70, 6, 4]];
        int[][] chain = [[100], [10000]];
        foreach (var width in new[] { CheckerboardWidth.Vector512, CheckerboardWidth.Vector256 })
        {
            foreach (var rule in new[] { UpdateRule.Metropolis, UpdateRule.HeatBath })
            {
                foreach (var size in square)
                {
                    data.Add(LatticeKind.Square, size, rule, width);
                }

                foreach (var size in cubic)
                {
                    data.Add(LatticeKind.Cubic, size, rule, width);
                }

                foreach (var size in chain)
                {
                    data.Add(LatticeKind.Chain, size, rule, width);
                }
            }
        }

        return data;
    }

    private static bool Runs(CheckerboardWidth width) => width == CheckerboardWidth.Vector512
        ? CheckerboardWindows512.IsSupported && PhiloxVector512.IsSupported
        : CheckerboardWindows256.IsSupported;

    private static (ReplicaWalker Walker, IsingLikeModelConfig Model) Walker(LatticeKind kind, int[] size,
        UpdateRule rule, int threads, bool vector, CheckerboardWidth width = CheckerboardWidth.Vector512)
    {
        var modelConfig = new IsingLikeModelConfig
        {
            DeltaK = 1000,
            LnG = 5,
            CouplingK = 37.5,
            Lattice = new LatticeSpec(kind, size),
        };
        var config = new SimulationConfig("kernel", 20261121, modelConfig,
            new TemperatureScan([200.0]) { InitialState = InitialState.Random }, new MonteCarloSettings(rule, 1));
        var model = modelConfig.Build();
        var walker = new ReplicaWalker(model, SweepSchedule.For(model.Lattice, width), config, 1, 3, threads)
        {
            UseVectorKernel = vector,
        };
        return (walker, modelConfig);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void VectorAndScalarKernelsGiveBitIdenticalSweeps(LatticeKind kind, int[] size, UpdateRule rule,
        CheckerboardWidth width)
    {
        if (!Runs(width))
        {
            return; // this CPU lacks the instructions: the engine never picks this loop here
        }

        var (vector, modelConfig) = Walker(kind, size, rule, 1, vector: true, width);
        var (scalar, _) = Walker(kind, size, rule, 1, vector: false);
        var model = modelConfig.Build();
        Assert.Equal(width, SweepSchedule.For(model.Lattice, width).Checkerboard?.Width);

        KernelAgreement.AssertSameTrajectory(vector, scalar, model, rule);
    }

    [Theory]
    [InlineData(LatticeKind.Square, new[] { 200, 50 }, UpdateRule.Metropolis, CheckerboardWidth.Vector512)]
    [InlineData(LatticeKind.Square, new[] { 256, 64 }, UpdateRule.HeatBath, CheckerboardWidth.Vector512)]
    [InlineData(LatticeKind.Cubic, new[] { 32, 16, 24 }, UpdateRule.HeatBath, CheckerboardWidth.Vector512)]
    [InlineData(LatticeKind.Square, new[] { 200, 50 }, UpdateRule.HeatBath, CheckerboardWidth.Vector256)]
    [InlineData(LatticeKind.Chain, new[] { 20000 }, UpdateRule.Metropolis, CheckerboardWidth.Vector256)]
    public void VectorKernelIsIndependentOfTheThreadCount(LatticeKind kind, int[] size, UpdateRule rule,
        CheckerboardWidth width)
    {
        if (!Runs(width))
        {
            return; // this CPU lacks the instructions: the engine never picks this loop here
        }

        var (one, modelConfig) = Walker(kind, size, rule, 1, vector: true, width);
        var (two, _) = Walker(kind, size, rule, 2, vector: true, width);
        var model = modelConfig.Build();
        foreach (double t in new[] { 180.0, 210 })
        {
            var conditions = SweepConditions.At(model, t, 0, rule);
            for (int sweep = 0; sweep < 5; sweep++)
            {
                one.Sweep(conditions);
                two.Sweep(conditions);
            }

            Assert.True(one.Spins.SequenceEqual(two.Spins));
            Assert.Equal(one.Moments, two.Moments);
        }
    }

    [Fact]
    public void KernelAppliesOnlyToPeriodicEvenHypercubicLattices()
    {
        if (HypercubicCheckerboardKernel.BestWidth is null)
        {
            return;
        }

        Assert.NotNull(HypercubicCheckerboardKernel.For(LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [8, 6]))));
        Assert.Null(HypercubicCheckerboardKernel.For(LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [7, 6]))));
        Assert.Null(HypercubicCheckerboardKernel.For(
            LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [8, 6], Boundary.Open))));
        Assert.Null(HypercubicCheckerboardKernel.For(LatticeBuilder.Build(new LatticeSpec(LatticeKind.Triangular, [6, 6]))));
    }
}
