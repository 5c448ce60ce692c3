using BenchmarkDotNet.Attributes;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Benchmarks;

/// <summary>
/// The elastic relaxation of the mechanoelastic model (PHYSICS.md §4) after a Monte Carlo step, side by side: the
/// literature's damped dynamics (<see cref="DampedDynamicsRelaxation"/>, FIRE; the baseline) and the fast relaxation
/// (<see cref="NewtonRelaxation"/>, Newton steps preconditioned by the factored stiffness of the lattice as built), on
/// the same post-switch configurations of a 64 × 64 open "hexagonal" lattice: the triangular lattice cut to an open
/// rectangle of 64 rows of 64 molecules (<c>"lattice": {"kind": "triangular", "shape": "rectangle", "size": [64, 64]}</c>,
/// 4096 molecules), cooled through its transition (<see cref="PostSwitchConfigurations"/>). Each benchmark relaxes
/// every case once from its own copy; the Ratio column is the speed-up. Both stop at the model's force tolerance,
/// 10⁻⁴ k δR. Run: <c>dotnet run -c Release --project bench/SCOModel.Benchmarks -- --filter '*Mechanoelastic*' --job short</c>,
/// or <c>-- --quick mechanoelastic-64</c> for a stopwatch estimate with the positions compared.
/// </summary>
[MemoryDiagnoser]
public class MechanoelasticRelaxationBenchmarks
{
    private PostSwitchConfigurations _configurations = null!;
    private NewtonRelaxation _newton = null!;
    private DampedDynamicsRelaxation _damped = null!;
    private double[] _positions = [];

    /// <summary>Molecules per row and rows of the rectangle.</summary>
    [Params(64)]
    public int Size { get; set; } = 64;

    /// <summary>Cases, evenly spaced in HS fraction across the cooling transition.</summary>
    public const int Cases = 8;

    [GlobalSetup]
    public void Setup()
    {
        _configurations = PostSwitchConfigurations.Cooling(Size, Size, Cases);
        _newton = new NewtonRelaxation(_configurations.Lattice, _configurations.ForceTolerance);
        _damped = new DampedDynamicsRelaxation(_configurations.Lattice, _configurations.ForceTolerance);
        _positions = new double[_configurations.Lattice.Positions.Length];
    }

    [Benchmark(Baseline = true)]
    public long DampedDynamics() => RelaxAll(_damped);

    [Benchmark]
    public long Newton() => RelaxAll(_newton);

    private long RelaxAll(IElasticRelaxation relaxation)
    {
        long iterations = 0;
        foreach (var c in _configurations.Cases)
        {
            c.Positions.CopyTo(_positions, 0);
            iterations += relaxation.Relax(_positions, c.Radii).Iterations;
        }

        return iterations;
    }
}
