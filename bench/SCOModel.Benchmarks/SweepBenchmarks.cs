using BenchmarkDotNet.Attributes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.MonteCarlo;
using SCOModel.MonteCarlo.Kernels;

namespace SCOModel.Benchmarks;

/// <summary>
/// One Monte Carlo sweep of an Ising-like model at T_eq (h = 0, J = 100 K: below T_c, so the configuration is
/// ordered and most updates are cheap, as in the low-temperature half of a loop), with spin-flip attempts per second
/// in their own column. Three kernels per case: the scalar general-graph kernel (<see cref="SingleSpinKernel"/>, the
/// baseline; any neighbour graph), the vectorised regular-lattice kernel (<see cref="HypercubicCheckerboardKernel"/>,
/// AVX-512; on the triangular lattice, where it does not apply, the engine's choice is the graph kernel) and the
/// vectorised general-graph kernel (<see cref="GraphVectorKernel"/>, AVX-512, any graph). All walk the same trajectory
/// bit for bit, so they time the same work.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(AttemptsPerSecondConfig))]
public class SweepBenchmarks
{
    private ReplicaWalker _scalar = null!;
    private ReplicaWalker _vector = null!;
    private ReplicaWalker _graph = null!;
    private SweepConditions _conditions;

    [Params("square-256", "square-1024", "cubic-64", "triangular-512")]
    public string Lattice { get; set; } = "square-256";

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(UpdateRule.Metropolis, UpdateRule.HeatBath)]
    public UpdateRule Rule { get; set; }

    /// <summary>Sites of a lattice parameter, for the attempts-per-second column.</summary>
    public static int SitesOf(string lattice) => lattice switch
    {
        "square-256" => 256 * 256,
        "square-1024" => 1024 * 1024,
        "cubic-64" => 64 * 64 * 64,
        "triangular-512" => 512 * 512,
        _ => throw new ArgumentException(lattice),
    };

    [GlobalSetup]
    public void Setup()
    {
        var spec = Lattice switch
        {
            "square-256" => new LatticeSpec(LatticeKind.Square, [256, 256]),
            "square-1024" => new LatticeSpec(LatticeKind.Square, [1024, 1024]),
            "cubic-64" => new LatticeSpec(LatticeKind.Cubic, [64, 64, 64]),
            "triangular-512" => new LatticeSpec(LatticeKind.Triangular, [512, 512]),
            _ => throw new ArgumentException(Lattice),
        };
        var modelConfig = new IsingLikeModelConfig { DeltaK = 1000, LnG = 5, CouplingK = 100, Lattice = spec };
        var config = new SimulationConfig("bench", 42, modelConfig, new TemperatureScan([200.0]) { InitialState = InitialState.Random },
            new MonteCarloSettings(Rule, 1));
        var model = modelConfig.Build();
        var schedule = SweepSchedule.For(model.Lattice);
        _scalar = new ReplicaWalker(model, schedule, config, 0, 0, Threads) { UseVectorKernel = false };
        _vector = new ReplicaWalker(model, schedule, config, 0, 0, Threads);
        _graph = new ReplicaWalker(model, schedule, config, 0, 0, Threads) { UseCheckerboardKernel = false };
        _conditions = SweepConditions.At(model, 200, 0, Rule);
    }

    /// <summary>One sweep with the scalar general-graph kernel.</summary>
    [Benchmark(Baseline = true)]
    public void ScalarGraphKernel() => _scalar.Sweep(_conditions);

    /// <summary>One sweep with the vectorised checkerboard kernel.</summary>
    [Benchmark]
    public void VectorCheckerboardKernel() => _vector.Sweep(_conditions);

    /// <summary>One sweep with the vectorised general-graph kernel (the checkerboard kernel switched off).</summary>
    [Benchmark]
    public void VectorGraphKernel() => _graph.Sweep(_conditions);
}
