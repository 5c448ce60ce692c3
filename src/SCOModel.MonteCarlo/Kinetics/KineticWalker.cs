using SCOModel.Core.Kinetics;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Kinetics;

/// <summary>
/// One replica of kinetic Monte Carlo in physical time (PHYSICS.md §3): the rejection-free n-fold way of Bortz, Kalos
/// and Lebowitz. Each molecule switches at the rate of <see cref="SwitchingRates"/> for its local field; the next event
/// comes after an exponential waiting time of the total rate, at a site drawn in proportion to its rate.
/// </summary>
/// <remarks>
/// <para>The rates factor into a global and a local part. With L_k = Σ_j J_kj s_j, the global coupling c of
/// <see cref="IsingLikeModel.GlobalCouplingK"/> (δ_k = L_k + c (M − s_k)) and h0 = (T ln g − Δ(P))/2:</para>
/// <code>
/// HS site: k_HL(T) e^(−c (M − 1)/T) · e^(−L_k/T)           + r I σ
/// LS site: k_HL(T) e^((c (M + 1) + 2 h0)/T) · e^(+L_k/T)  + I σ
/// </code>
/// <para>so four channels (thermal and photo, each way) hold the whole system: the thermal ones as a sum tree of the
/// local weights of the sites in that state, the photo ones as the plain lists of HS and LS sites. An event updates the
/// flipped site and its neighbours in O(z log N). Local weights are stored shifted by the largest |L_k| and channel
/// rates handled as logarithms, so that strong coupling at low temperature neither overflows nor underflows.</para>
/// <para>Between two points of a path T and P move linearly; the walker holds them constant on sub-steps of at most
/// <see cref="MaxSubStepK"/> (at the sub-step's middle) and the light at the next point's value. Because waiting
/// times are memoryless, an event that would fall beyond a sub-step's end is simply not made: the clock stops there.</para>
/// <para>Where the rates are so fast that a sub-step would take more than <see cref="MaxEventsPerSite"/> events per
/// site, the sample has long reached its local steady state; the walker stops after that many events and reports the
/// point as time-capped (its state is then that of a shorter, already steady, interval).</para>
/// </remarks>
internal sealed class KineticWalker
{
    /// <summary>The largest temperature change held constant in one sub-step.</summary>
    public const double MaxSubStepK = 0.1;

    private readonly IsingLikeModel _model;
    private readonly KineticParameters _kinetics;
    private readonly CounterRandom _random;
    private readonly sbyte[] _spins;
    private readonly double[] _localSum;
    private readonly SumTree _highSpinWeights;
    private readonly SumTree _lowSpinWeights;
    private readonly SiteSet _highSpin;
    private readonly SiteSet _lowSpin;
    private readonly double _shiftK;
    private readonly double _globalK;
    private long _magnetisation;
    private ulong _event;
    private double _temperatureK = double.NaN;

    public KineticWalker(IsingLikeModel model, KineticParameters kinetics, Protocol protocol, ulong seed, int path, int replica)
    {
        _model = model;
        _kinetics = kinetics;
        _random = new CounterRandom(seed, path, replica, RandomPurpose.KineticEvent);
        int n = model.Lattice.SiteCount;
        _spins = new sbyte[n];
        _localSum = new double[n];
        _highSpinWeights = new SumTree(n);
        _lowSpinWeights = new SumTree(n);
        _highSpin = new SiteSet(n);
        _lowSpin = new SiteSet(n);
        _globalK = model.GlobalCouplingK;
        var offsets = model.Lattice.Offsets;
        var couplings = model.EntryCouplingsK;
        double shift = 0;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                sum += Math.Abs(couplings[e]);
            }

            shift = Math.Max(shift, sum);
        }

        _shiftK = shift;
        Initialise(protocol, new CounterRandom(seed, path, replica, RandomPurpose.InitialState));
    }

    /// <summary>The configuration (read-only view).</summary>
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <summary>Events made so far.</summary>
    public ulong Events => _event;

    /// <summary>Total magnetisation M = Σ s_i.</summary>
    public long Magnetisation => _magnetisation;

    /// <summary>
    /// Evolves from the previous point to the next over their time difference; returns false when the event cap cut
    /// a sub-step short (see the remarks).
    /// </summary>
    public bool Advance(ControlPoint from, ControlPoint to, long maxEventsPerSite)
    {
        double duration = (to.TimeS ?? 0) - (from.TimeS ?? 0);
        if (!(duration > 0))
        {
            return true;
        }

        int steps = Math.Max(1, (int)Math.Ceiling(Math.Abs(to.TemperatureK - from.TemperatureK) / MaxSubStepK));
        bool complete = true;
        for (int s = 0; s < steps; s++)
        {
            double middle = (s + 0.5) / steps;
            double t = from.TemperatureK + ((to.TemperatureK - from.TemperatureK) * middle);
            double p = from.PressureGPa + ((to.PressureGPa - from.PressureGPa) * middle);
            complete &= Evolve(t, p, to.Light, duration / steps, maxEventsPerSite * _spins.Length);
        }

        return complete;
    }

    private bool Evolve(double temperatureK, double pressureGPa, double light, double duration, long maxEvents)
    {
        if (temperatureK != _temperatureK)
        {
            _temperatureK = temperatureK;
            RebuildWeights();
        }

        // Channel rates as logarithms (thermal prefactors with the weight shifts e^(±shift/T) folded in, see the
        // remarks), then relative to the largest so that none overflows.
        double logRelaxation = Math.Log(_kinetics.RelaxationRatePerS(temperatureK));
        double h0 = _model.Parameters.FieldK(temperatureK, pressureGPa);
        double logPhotoDown = Math.Log(_kinetics.ReverseLightRatio * light);
        double logPhotoUp = Math.Log(light);
        double clock = 0;
        for (long made = 0; made < maxEvents; made++)
        {
            double logThermalDown = logRelaxation + ((_shiftK - (_globalK * (_magnetisation - 1))) / temperatureK)
                + Math.Log(_highSpinWeights.Total);
            double logThermalUp = logRelaxation + ((_shiftK + (_globalK * (_magnetisation + 1)) + (2 * h0)) / temperatureK)
                + Math.Log(_lowSpinWeights.Total);
            double logPhotoDownAll = logPhotoDown + Math.Log(_highSpin.Count);
            double logPhotoUpAll = logPhotoUp + Math.Log(_lowSpin.Count);
            double top = Math.Max(Math.Max(logThermalDown, logThermalUp), Math.Max(logPhotoDownAll, logPhotoUpAll));
            if (double.IsNegativeInfinity(top) || double.IsNaN(top))
            {
                return true;
            }

            double thermalDown = Math.Exp(logThermalDown - top);
            double photoDownRate = Math.Exp(logPhotoDownAll - top);
            double thermalUp = Math.Exp(logThermalUp - top);
            double photoUpRate = Math.Exp(logPhotoUpAll - top);
            double total = thermalDown + photoDownRate + thermalUp + photoUpRate;

            var block = _random.Block((uint)(_event >> 31), (int)(_event & int.MaxValue));
            _event++;

            // Waiting time −ln(u)/R with R = total e^top (infinite when every rate underflows: nothing happens).
            clock += -Math.Log(block.Uniform(0)) / total * Math.Exp(-top);
            if (clock >= duration)
            {
                return true;
            }

            double x = Uniform53(block.X1, block.X2) * total;
            int site;
            if ((x -= thermalDown) < 0)
            {
                site = _highSpinWeights.Find((x + thermalDown) / thermalDown * _highSpinWeights.Total);
            }
            else if ((x -= photoDownRate) < 0)
            {
                site = _highSpin[Pick(block.X3, _highSpin.Count)];
            }
            else if ((x -= thermalUp) < 0)
            {
                site = _lowSpinWeights.Find((x + thermalUp) / thermalUp * _lowSpinWeights.Total);
            }
            else
            {
                site = _lowSpin[Pick(block.X3, _lowSpin.Count)];
            }

            Flip(site);
        }

        return false;
    }

    private void Flip(int site)
    {
        sbyte s = _spins[site];
        _spins[site] = (sbyte)-s;
        _magnetisation -= 2 * s;
        if (s > 0)
        {
            _highSpin.Remove(site);
            _lowSpin.Add(site);
        }
        else
        {
            _lowSpin.Remove(site);
            _highSpin.Add(site);
        }

        SetWeight(site);
        var offsets = _model.Lattice.Offsets;
        var neighbours = _model.Lattice.Neighbours;
        var couplings = _model.EntryCouplingsK;
        for (int e = offsets[site]; e < offsets[site + 1]; e++)
        {
            int j = neighbours[e];

            // J_jk = J_kj: the entry of k's list carries the bond's coupling.
            _localSum[j] -= 2 * s * couplings[e];
            SetWeight(j);
        }
    }

    private void SetWeight(int site)
    {
        double t = _temperatureK;
        if (_spins[site] > 0)
        {
            _highSpinWeights.Set(site, Math.Exp(-(_localSum[site] + _shiftK) / t));
            _lowSpinWeights.Set(site, 0);
        }
        else
        {
            _lowSpinWeights.Set(site, Math.Exp((_localSum[site] - _shiftK) / t));
            _highSpinWeights.Set(site, 0);
        }
    }

    private void RebuildWeights()
    {
        double t = _temperatureK;
        int n = _spins.Length;
        _highSpinWeights.Rebuild(i => _spins[i] > 0 ? Math.Exp(-(_localSum[i] + _shiftK) / t) : 0, n);
        _lowSpinWeights.Rebuild(i => _spins[i] < 0 ? Math.Exp((_localSum[i] - _shiftK) / t) : 0, n);
    }

    private void Initialise(Protocol protocol, CounterRandom random)
    {
        for (int i = 0; i < _spins.Length; i++)
        {
            bool high = protocol.InitialHsFraction is double f
                ? random.Uniform(0, i) < f
                : protocol.InitialState switch
                {
                    InitialState.Hs => true,
                    InitialState.Ls => false,
                    _ => random.Uniform(0, i) < 0.5,
                };
            _spins[i] = high ? (sbyte)1 : (sbyte)-1;
            (high ? _highSpin : _lowSpin).Add(i);
            _magnetisation += _spins[i];
        }

        var offsets = _model.Lattice.Offsets;
        var neighbours = _model.Lattice.Neighbours;
        var couplings = _model.EntryCouplingsK;
        for (int i = 0; i < _spins.Length; i++)
        {
            double sum = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                sum += couplings[e] * _spins[neighbours[e]];
            }

            _localSum[i] = sum;
        }
    }

    /// <summary>A uniform in [0, 1) with 53 random bits from two words.</summary>
    private static double Uniform53(uint high, uint low) => (((ulong)high << 21) ^ (low >> 11)) * (1.0 / (1UL << 53));

    /// <summary>An index in [0, count) from a 32-bit word (multiply-shift; the bias, &lt; count/2^32, is negligible).</summary>
    private static int Pick(uint word, int count) => (int)(((ulong)word * (uint)count) >> 32);
}
