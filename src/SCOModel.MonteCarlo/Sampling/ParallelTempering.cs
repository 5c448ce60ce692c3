using System.Diagnostics;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo.Kernels;
using SCOModel.MonteCarlo.Random;
using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo.Sampling;

/// <summary>
/// Parallel tempering (replica exchange in temperature; Swendsen and Wang 1986, Hukushima and Nemoto 1996) for an
/// <see cref="EquilibriumScan"/>: one configuration per rung of the temperature ladder, each swept at its rung's
/// temperature, and every <see cref="EquilibriumScan.ExchangeEvery"/> ladder sweeps an exchange round that proposes to
/// swap the configurations of neighbouring rungs: pairs (0,1), (2,3), ... on even rounds, (1,2), (3,4), ... on odd
/// rounds. Each monteCarlo replica is an independent ladder (its own random streams); the replicas give the error
/// bars as in the other protocols.
/// </summary>
/// <remarks>
/// <para><b>Exchange acceptance.</b> The ladder samples the product distribution
/// Π_t exp(−β_t H_{T_t}(x_t)) / Z_t. Proposing to swap x_i (at T_i) and x_j (at T_j) is symmetric, so detailed
/// balance with respect to the product is kept by the Metropolis rule
/// P = min(1, exp[−(β_i H_{T_i}(x_j) + β_j H_{T_j}(x_i)) + (β_i H_{T_i}(x_i) + β_j H_{T_j}(x_j))]):
/// the ratio of the product weights after and before the swap (the partition functions cancel). The usual shortcut
/// exp[(β_i − β_j)(E_i − E_j)] holds only for a temperature-independent H, and the Ising-like H is not: with
/// h(T) = (T ln g − Δ(P))/2,</para>
/// <para>β H_T(x) = −β h(T) M(x) − β Σ_&lt;ij&gt; J_ij s_i s_j − β (c/2)(M(x)^2 − N),  β h(T) = (ln g − Δ(P)/T)/2,</para>
/// <para>so the log-acceptance is a(i, j) = −(b_j − b_i)(M_j − M_i) + (β_i − β_j)(W_i − W_j), b = β h, W the bond and
/// global-coupling part of −H (W = Σ J s s + (c/2)(M^2 − N)). The ln g part of β h is the same at every rung: it does
/// not enter the acceptance, whereas a naive (β_i − β_j)(E_i − E_j) with E = H_T(x) evaluated at one T would give it a
/// wrong weight. The field part −(b_j − b_i)(M_j − M_i) favours HS (large M) at the higher temperature. The engine
/// evaluates the formula literally, β_t H_{T_t}(x) = N · (energy per site at T_t) / T_t, which is the same quantity.</para>
/// <para><b>Global inversion.</b> Exchanges alone cannot move the LS/HS boundary of a first-order ladder: a
/// configuration changes phase only by nucleation, and an exchange that moves a phase across T_eq costs
/// exp(−2 m0 N Δb). Every exchange round therefore also proposes, at each rung, the inversion x → −x of its
/// configuration, which leaves the bond and global-coupling terms unchanged and changes β H_T by 2 β h(T) M(x):
/// accepted with min(1, exp(−2 β h(T) M(x))). The proposal is its own inverse (symmetric), so detailed balance holds;
/// at T_eq (h = 0) it is always accepted, and it lets the rungs within the coexistence window |β h| ≲ 1/(m0 N) sample
/// both phases with their equilibrium weights. It relies on the site terms being the same at every site (true of the
/// Ising-like model here). A walker does not flip its spins: it carries a sign σ and is swept with the mirrored model
/// (Δ, ln g, ΔV → −Δ, −ln g, −ΔV, i.e. h → −h), whose dynamics on x is that of the original on σ x.</para>
/// <para><b>Limits.</b> Across T_eq of a first-order transition the two phases differ by ΔM ≈ 2 m0 N, so a pair of
/// rungs straddling T_eq exchanges with probability ~exp(−2 m0 N Δb), Δb ≈ Δ ΔT / (2 T_eq^2): the spacing must shrink
/// as 1/N there. The run reports the acceptance of every pair and warns where it falls below
/// <see cref="LowAcceptance"/>.</para>
/// <para><b>Determinism.</b> Rung t's initial walker draws its spin updates from the stream (seed, path = t, replica);
/// walkers keep their streams while they move along the ladder. The exchange of pair (t, t + 1) in round k of replica
/// r uses uniform (sweep = k, slot = t) of the stream (seed, 0, r, <see cref="RandomPurpose.Exchange"/>), and the rungs
/// are swept independently between rounds, so the result is a pure function of the seed for any thread count.</para>
/// </remarks>
internal static class ParallelTempering
{
    /// <summary>Exchange acceptance below which a pair is reported as too far apart.</summary>
    public const double LowAcceptance = 0.1;

    public static RunResult Run(IsingLikeModelConfig modelConfig, SimulationConfig config, EquilibriumScan scan,
        RunContext context)
    {
        var clock = Stopwatch.StartNew();
        var model = modelConfig.Build();
        var schedule = SweepSchedule.For(model.Lattice);
        var ladder = scan.Ladder;
        var reported = scan.Paths()[0].Segments[0].Points;
        var rungOfPoint = reported
            .Select(p => ladder.Select((t, k) => (t, k)).First(x => x.t == p.TemperatureK).k)
            .ToArray();
        int replicas = config.MonteCarlo.Replicas;
        int outerThreads = Math.Clamp(context.Threads, 1, replicas);
        int innerThreads = Math.Max(1, context.Threads / outerThreads);
        long ladderSweeps = (long)scan.EquilibrationSweeps + scan.SweepsPerPoint;
        long totalRungSweeps = ladderSweeps * ladder.Count * replicas;
        long doneRungSweeps = 0;

        var conditions = ladder
            .Select(t => SweepConditions.At(model, t, scan.PressureGPa, config.MonteCarlo.Update))
            .ToArray();

        // The same model with h → −h, for walkers that carry an inverted sign (see "Global inversion").
        var parameters = model.Parameters;
        var mirror = new IsingLikeModel(
            parameters with { DeltaK = -parameters.DeltaK, LnG = -parameters.LnG, DeltaVA3 = -parameters.DeltaVA3 },
            model.Lattice,
            model.CouplingByFamilyK);
        var mirrored = ladder
            .Select(t => SweepConditions.At(mirror, t, scan.PressureGPa, config.MonteCarlo.Update))
            .ToArray();

        // series[point][replica]; exchanges[replica][pair] = (attempted, accepted)
        var series = reported.Select(_ => new PointSeries[replicas]).ToArray();
        var attempted = new long[replicas][];
        var accepted = new long[replicas][];

        var options = new ParallelOptions { MaxDegreeOfParallelism = outerThreads, CancellationToken = context.Cancellation };
        Parallel.For(0, replicas, options, r =>
        {
            var chain = new Chain(model, schedule, config, scan, ladder, conditions, mirrored, r, innerThreads);
            var measured = reported.Select(_ => new PointSeries()).ToArray();
            for (long sweep = 0; sweep < ladderSweeps; sweep++)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                chain.SweepAll();
                bool measuring = sweep >= scan.EquilibrationSweeps;
                if (measuring)
                {
                    for (int k = 0; k < reported.Count; k++)
                    {
                        chain.Record(rungOfPoint[k], measured[k]);
                    }
                }

                if ((sweep + 1) % scan.ExchangeEvery == 0)
                {
                    chain.ExchangeRound(countIt: measuring);
                }

                long done = Interlocked.Add(ref doneRungSweeps, ladder.Count);
                context.Progress?.Report((double)done / totalRungSweeps);
            }

            for (int k = 0; k < reported.Count; k++)
            {
                series[k][r] = measured[k];
            }

            attempted[r] = chain.Attempted;
            accepted[r] = chain.Accepted;
        });

        var points = reported
            .Select((p, k) => PointSeries.Combine(Branch.Equilibrium, p, series[k]))
            .ToArray();
        var rates = new ExchangeRate[ladder.Count - 1];
        for (int t = 0; t + 1 < ladder.Count; t++)
        {
            long tries = attempted.Sum(a => a[t]);
            long accepts = accepted.Sum(a => a[t]);
            rates[t] = new ExchangeRate(ladder[t], ladder[t + 1], tries, tries > 0 ? (double)accepts / tries : double.NaN);
        }

        long attempts = totalRungSweeps * model.Lattice.SiteCount;
        return new RunResult(points, attempts, clock.Elapsed.TotalSeconds)
        {
            Warnings = new[] { LowAcceptanceWarning(rates), PointSeries.ShortRunWarning(points, scan.SweepsPerPoint) }
                .OfType<string>().ToArray(),
            ExchangeRates = rates,
        };
    }

    /// <summary>A warning naming the neighbouring pairs whose exchange acceptance is below <see cref="LowAcceptance"/>.</summary>
    public static string? LowAcceptanceWarning(IReadOnlyList<ExchangeRate> rates)
    {
        var low = rates.Where(r => r.Attempts > 0 && r.Acceptance < LowAcceptance).ToArray();
        if (low.Length == 0)
        {
            return null;
        }

        string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
        string pairs = string.Join(", ", low.Take(8).Select(r => $"{F(r.LowerK)}–{F(r.UpperK)} K: {F(r.Acceptance)}"));
        return $"parallel tempering: the exchange acceptance is below {F(LowAcceptance)} between " +
               $"{pairs}{(low.Length > 8 ? $" and {low.Length - 8} more pairs" : string.Empty)}; the ladder is too " +
               "sparse there (configurations do not travel through it, so the phases may not be in equilibrium): add " +
               "temperatures there or raise \"ladderSubdivisions\"";
    }

    /// <summary>One independent ladder: a walker per rung and which walker sits at which rung.</summary>
    private sealed class Chain
    {
        private readonly IsingLikeModel _model;
        private readonly IReadOnlyList<double> _ladder;
        private readonly SweepConditions[] _conditions;
        private readonly SweepConditions[] _mirrored;
        private readonly int[] _sign;
        private readonly double _pressureGPa;
        private readonly ReplicaWalker[] _walkers;
        private readonly int[] _walkerAt;
        private readonly CounterRandom _exchange;
        private readonly int _innerThreads;
        private uint _round;

        public Chain(IsingLikeModel model, SweepSchedule schedule, SimulationConfig config, EquilibriumScan scan,
            IReadOnlyList<double> ladder, SweepConditions[] conditions, SweepConditions[] mirrored, int replica,
            int innerThreads)
        {
            _mirrored = mirrored;
            _sign = Enumerable.Repeat(1, ladder.Count).ToArray();
            _model = model;
            _ladder = ladder;
            _conditions = conditions;
            _pressureGPa = scan.PressureGPa;
            _innerThreads = innerThreads;
            _walkers = Enumerable.Range(0, ladder.Count)
                .Select(t => new ReplicaWalker(model, schedule, config, t, replica, 1))
                .ToArray();
            _walkerAt = Enumerable.Range(0, ladder.Count).ToArray();
            _exchange = new CounterRandom(config.Seed, 0, replica, RandomPurpose.Exchange);
            Attempted = new long[Math.Max(0, ladder.Count - 1)];
            Accepted = new long[Attempted.Length];
        }

        public long[] Attempted { get; }

        public long[] Accepted { get; }

        /// <summary>Sweeps every rung once at its temperature (rungs are independent: any order, any thread).</summary>
        public void SweepAll()
        {
            if (_innerThreads > 1)
            {
                Parallel.For(0, _walkers.Length, new ParallelOptions { MaxDegreeOfParallelism = _innerThreads },
                    t => SweepRung(t));
            }
            else
            {
                for (int t = 0; t < _walkers.Length; t++)
                {
                    SweepRung(t);
                }
            }
        }

        private void SweepRung(int t)
        {
            int w = _walkerAt[t];
            _walkers[w].Sweep(_sign[w] > 0 ? _conditions[t] : _mirrored[t]);
        }

        /// <summary>The moments of the physical configuration σ x of walker w.</summary>
        private ConfigurationMoments Physical(int w)
        {
            var m = _walkers[w].Moments;
            return _sign[w] > 0 ? m : m with { Magnetisation = -m.Magnetisation };
        }

        /// <summary>Records the observables of the configuration at a rung.</summary>
        public void Record(int rung, PointSeries series)
        {
            var moments = Physical(_walkerAt[rung]);
            series.HighSpinFraction.Add(_model.HighSpinFraction(moments.Magnetisation));
            series.EnergyPerSiteK.Add(_model.EnergyPerSiteK(moments, _ladder[rung], _pressureGPa));
            series.NearestNeighbourCorrelation.Add(_model.NearestNeighbourCorrelation(moments));
        }

        /// <summary>Proposes the exchanges of the even pairs (even rounds) or the odd pairs (odd rounds).</summary>
        public void ExchangeRound(bool countIt)
        {
            uint round = _round++;
            for (int t = (int)(round & 1); t + 1 < _walkers.Length; t += 2)
            {
                var lower = Physical(_walkerAt[t]);
                var upper = Physical(_walkerAt[t + 1]);
                double before = ReducedEnergy(lower, t) + ReducedEnergy(upper, t + 1);
                double after = ReducedEnergy(upper, t) + ReducedEnergy(lower, t + 1);
                double logAcceptance = before - after;
                bool accept = logAcceptance >= 0 || _exchange.Uniform(round, t) < Math.Exp(logAcceptance);
                if (countIt)
                {
                    Attempted[t]++;
                    Accepted[t] += accept ? 1 : 0;
                }

                if (accept)
                {
                    (_walkerAt[t], _walkerAt[t + 1]) = (_walkerAt[t + 1], _walkerAt[t]);
                }
            }

            // Global inversion at every rung: β H changes by 2 β h(T) M (bond and global-coupling terms are even in M).
            for (int t = 0; t < _walkers.Length; t++)
            {
                int w = _walkerAt[t];
                var physical = Physical(w);
                double cost = ReducedEnergy(physical with { Magnetisation = -physical.Magnetisation }, t)
                    - ReducedEnergy(physical, t);
                if (cost <= 0 || _exchange.Uniform(round, _walkers.Length + t) < Math.Exp(-cost))
                {
                    _sign[w] = -_sign[w];
                }
            }
        }

        /// <summary>β_t H_{T_t}(x) of a configuration with these moments at rung t.</summary>
        private double ReducedEnergy(in ConfigurationMoments moments, int rung)
        {
            double t = _ladder[rung];
            return _model.Lattice.SiteCount * _model.EnergyPerSiteK(moments, t, _pressureGPa) / t;
        }
    }
}
