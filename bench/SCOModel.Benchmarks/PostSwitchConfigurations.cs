using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Benchmarks;

/// <summary>
/// The configurations an elastic relaxation meets in a thermal loop of the mechanoelastic model (PHYSICS.md §4): an
/// open rectangle of the triangular ("hexagonal") lattice with the parameters of examples/mechanoelastic-64x64.json
/// (R_LS 2 Å, R_HS 2.2 Å, k 6500 K/Å², κ 0.1 Å, Δ 1000 K, ln g 6.5, E_a 400 K, 1/τ fixed over 120–190 K), started
/// HS and relaxed, then walked by Monte Carlo steps at a temperature of the cooling branch as MechanoelasticWalker does
/// (every molecule tried with the local pressures of the relaxed positions, then a relaxation). Each case is the state
/// right after a step's switches and before its relaxation: the relaxed positions of the step before and the radii
/// after the switches, taken at the first step past each of a series of HS fractions, so that the cases span the
/// transition from the first corner nuclei to half-switched. The walk relaxes with the fast method; the cases are the
/// same for every method timed on them.
/// </summary>
public sealed class PostSwitchConfigurations
{
    private const double RadiusLs = 2.0;
    private const double RadiusHs = 2.2;
    private const double SpringConstant = 6500;

    private PostSwitchConfigurations(MechanoelasticLattice lattice, double forceTolerance, IReadOnlyList<PostSwitchCase> cases)
    {
        Lattice = lattice;
        ForceTolerance = forceTolerance;
        Cases = cases;
    }

    /// <summary>The sample.</summary>
    public MechanoelasticLattice Lattice { get; }

    /// <summary>The model's force tolerance, 10⁻⁴ k δR, K/Å.</summary>
    public double ForceTolerance { get; }

    /// <summary>The states to relax.</summary>
    public IReadOnlyList<PostSwitchCase> Cases { get; }

    /// <summary>
    /// <paramref name="count"/> cases of a perRow × rows rectangle cooled at <paramref name="temperatureK"/>, at HS
    /// fractions evenly spaced from 0.97 to 0.5.
    /// </summary>
    public static PostSwitchConfigurations Cooling(int perRow, int rows, int count, double temperatureK = 136, int seed = 1)
    {
        var parameters = new MechanoelasticParameters(DeltaK: 1000, LnG: 6.5, ActivationEnergyK: 400, RadiusLsA: RadiusLs,
            RadiusHsA: RadiusHs, SpringConstantKPerA2: SpringConstant, KappaA: 0.1);
        var lattice = TriangularLattice.Build(
            new MechanoelasticLatticeSpec(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Rectangle, [perRow, rows]),
            2 * RadiusHs, SpringConstant);
        var model = new MechanoelasticModel(parameters, lattice, MechanoelasticRelaxationMethod.Newton);
        var loop = Enumerable.Range(0, 36).Select(k => 120.0 + 2 * k);
        var rates = new ArrheniusSwitching(parameters, loop, model.PressureScale).At(temperatureK);
        var relaxation = new NewtonRelaxation(lattice, model.ForceTolerance);

        int n = lattice.SiteCount;
        var positions = lattice.Positions.ToArray();
        var radii = Enumerable.Repeat(RadiusHs, n).ToArray();
        var pressures = new double[n];
        var random = new Random(seed);
        var cases = new List<PostSwitchCase>();
        int highSpin = n;
        for (int step = 0; cases.Count < count && step < 100_000; step++)
        {
            SpringNetwork.LocalPressures(lattice, positions, radii, pressures);
            var switchedRadii = radii.ToArray();
            int switched = 0;
            for (int i = 0; i < n; i++)
            {
                bool high = radii[i] == RadiusHs;
                double probability = high ? rates.HighToLow(pressures[i]) : rates.LowToHigh(pressures[i]);
                if (random.NextDouble() < probability)
                {
                    switchedRadii[i] = high ? RadiusLs : RadiusHs;
                    highSpin += high ? -1 : 1;
                    switched++;
                }
            }

            if (switched == 0)
            {
                continue;
            }

            double next = 0.97 - (0.97 - 0.5) * cases.Count / Math.Max(1, count - 1);
            if ((double)highSpin / n <= next)
            {
                cases.Add(new PostSwitchCase(positions.ToArray(), switchedRadii.ToArray(), switched, (double)highSpin / n));
            }

            radii = switchedRadii;
            relaxation.Relax(positions, radii);
        }

        return new PostSwitchConfigurations(lattice, model.ForceTolerance, cases);
    }
}
