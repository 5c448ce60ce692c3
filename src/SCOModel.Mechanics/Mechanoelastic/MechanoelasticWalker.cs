using SCOModel.Core.Protocols;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// One replica of a mechanoelastic sample walking one path (PHYSICS.md §4): it owns the spin states, radii and
/// positions, the only mutable state of a run. One Monte Carlo step tries every molecule once, in index order, with the
/// local pressures of the relaxed positions at the start of the step (so the order does not matter), each with its own
/// counter-based random number, a pure function of (seed, path, replica, step, molecule); then the positions relax.
/// </summary>
internal sealed class MechanoelasticWalker
{
    private readonly MechanoelasticParameters _parameters;
    private readonly ArrheniusSwitching _switching;
    private readonly IElasticRelaxation _relaxation;
    private readonly CounterRandom _random;
    private readonly sbyte[] _spins;
    private readonly double[] _radii;
    private readonly double[] _positions;
    private readonly double[] _pressures;
    private uint _step;
    private double _boundaryPressure;

    public MechanoelasticWalker(MechanoelasticLattice lattice, MechanoelasticParameters parameters,
        ArrheniusSwitching switching, IElasticRelaxation relaxation, ulong seed, int path, int replica, InitialState initial)
    {
        _parameters = parameters;
        _switching = switching;
        _relaxation = relaxation;
        _random = new CounterRandom(seed, path, replica, RandomPurpose.SpinUpdate);
        int n = lattice.SiteCount;
        _spins = new sbyte[n];
        _radii = new double[n];
        _positions = lattice.Positions.ToArray();
        _pressures = new double[n];
        var draw = new CounterRandom(seed, path, replica, RandomPurpose.InitialState);
        for (int i = 0; i < n; i++)
        {
            _spins[i] = initial switch
            {
                InitialState.Hs => 1,
                InitialState.Ls => -1,
                _ => draw.Uniform(0, i) < 0.5 ? (sbyte)1 : (sbyte)-1,
            };
            _radii[i] = parameters.RadiusOf(_spins[i]);
        }

        Record(_relaxation.Relax(_positions, _radii));
    }

    /// <summary>The sample as it stands (its box changes under constant pressure).</summary>
    private MechanoelasticLattice Sample => _relaxation.Lattice;

    /// <summary>The spin states.</summary>
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <summary>The positions, interleaved x, y (and z in 3D), Å.</summary>
    public ReadOnlySpan<double> Positions => _positions;

    /// <summary>The radii of the current spin states, Å.</summary>
    public ReadOnlySpan<double> Radii => _radii;

    /// <summary>Probabilities clamped at 1 (local pressures beyond the switching's scale).</summary>
    public long ClampedProbabilities { get; private set; }

    /// <summary>Relaxations that ended above the force tolerance.</summary>
    public long UnconvergedRelaxations { get; private set; }

    /// <summary>Relaxations run (one per step with a switch).</summary>
    public long Relaxations { get; private set; }

    /// <summary>Newton or damped-dynamics iterations over all relaxations.</summary>
    public long RelaxationIterations { get; private set; }

    /// <summary>Equilibrates at a point, then measures after every step.</summary>
    public MechanoelasticSeries Visit(ControlPoint point, int equilibrationSteps, int measuredSteps)
    {
        var rates = _switching.At(point.TemperatureK, point.PressureGPa);
        double boundaryPressure = _parameters.BoundaryPressure(point.PressureGPa);
        if (boundaryPressure != _boundaryPressure)
        {
            _boundaryPressure = boundaryPressure;
            Record(_relaxation.Relax(_positions, _radii, _boundaryPressure));
        }

        for (int k = 0; k < equilibrationSteps; k++)
        {
            Step(rates);
        }

        var series = new MechanoelasticSeries(Sample.Dimension);
        double halfField = (_parameters.DeltaAtK(point.PressureGPa) - point.TemperatureK * _parameters.LnG) / 2;
        for (int k = 0; k < measuredSteps; k++)
        {
            Step(rates);
            long sum = 0;
            foreach (sbyte s in _spins)
            {
                sum += s;
            }

            long bondProducts = 0;
            foreach (ref readonly var s in Sample.Springs)
            {
                bondProducts += _spins[s.First] * _spins[s.Second];
            }

            int n = _spins.Length;
            // The enthalpy's P V term: the box's area (2D) or volume (3D), or what the boundary encloses.
            double elastic = SpringNetwork.Energy(Sample, _positions, _radii) + _boundaryPressure * (!Sample.IsOpen
                ? Sample.BoxMeasure
                : _boundaryPressure != 0 ? BoundaryPressure.Enclosed(Sample, _positions) : 0);
            var geometry = MechanoelasticObservables.Measure(Sample, _positions, _radii);
            series.HighSpinFraction.Add((1 + (double)sum / n) / 2);
            series.EnergyPerSiteK.Add((halfField * sum + elastic) / n);
            series.NearestNeighbourCorrelation.Add(Sample.Springs.Length > 0 ? (double)bondProducts / Sample.Springs.Length : double.NaN);
            for (int g = 0; g < geometry.Length; g++)
            {
                series.Geometry[g].Add(geometry[g]);
            }
        }

        return series;
    }

    /// <summary>One Monte Carlo step: every molecule tried once, then the positions relax if any switched.</summary>
    public void Step(in ArrheniusSwitching.AtTemperature rates)
    {
        uint step = _step++;
        SpringNetwork.LocalPressures(Sample, _positions, _radii, _pressures);
        bool switched = false;
        int n = _spins.Length;
        for (int block = 0; 4 * block < n; block++)
        {
            var uniforms = _random.Block(step, block);
            for (int k = 0; k < 4 && 4 * block + k < n; k++)
            {
                int i = 4 * block + k;
                double probability = _spins[i] < 0 ? rates.LowToHigh(_pressures[i]) : rates.HighToLow(_pressures[i]);
                if (probability > 1)
                {
                    ClampedProbabilities++;
                }

                if (uniforms.Uniform(k) < probability)
                {
                    _spins[i] = (sbyte)-_spins[i];
                    _radii[i] = _parameters.RadiusOf(_spins[i]);
                    switched = true;
                }
            }
        }

        if (switched)
        {
            Record(_relaxation.Relax(_positions, _radii, _boundaryPressure));
        }
    }

    /// <summary>The current state, as a snapshot of a point.</summary>
    public MechanoelasticSnapshot Snapshot(Branch branch, ControlPoint point) =>
        new(branch, point, _positions.ToArray(), _spins.ToArray()) { Dimension = Sample.Dimension };

    private void Record(RelaxationOutcome outcome)
    {
        Relaxations++;
        RelaxationIterations += outcome.Iterations;
        if (!outcome.Converged)
        {
            UnconvergedRelaxations++;
        }
    }
}
