using System.Diagnostics;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MeanField.Kinetics;

namespace SCOModel.MeanField;

/// <summary>
/// The mean-field engine ("meanfield"): walks the same protocol paths as the Monte Carlo with the Slichter–Drickamer
/// solution of the config's Ising-like model (PHYSICS.md §2, Γ = 2(Σ_j J_ij + 2G), <see cref="MeanFieldCoupling"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Points of a scan or an equilibrium scan (each its own equilibrium) take the stable, lowest-G solution.</item>
/// <item>Heating and cooling segments carry the state from point to point like an infinitely slow experiment: at each
/// point G is descended from the previous state (<see cref="SlichterDrickamerModel.Relax(MeanFieldSolution, double, double)"/>),
/// so a metastable branch is followed until it disappears at its spinodal, then the state drops to the remaining
/// minimum. A path starts from the protocol's initial state: all LS (x = 0), all HS (x = 1), or for "random" the
/// unpolarised x = 1/2.</item>
/// <item>Observables per point, all exact (zero error bars): n_HS; the energy per site of the Hamiltonian of §1 as the
/// Monte Carlo measures it (H/N), whose mean field is E/N = −h m − Σ_j J_ij m²/2 − G m² = −h m − J_eff m²/2 (each
/// bond's ⟨s_i s_j⟩ factorises into m², the all-to-all pair sum (z J/(N − 1)) N(N − 1)/2 · m²/N gives z J m²/2, and
/// −G⟨s⟩Σ s_i gives −G m²; the Monte Carlo's O(1/N) self-interaction terms vanish for N → ∞); the nearest-neighbour
/// correlation ⟨s_i s_j⟩ = m², or NaN for the all-to-all lattice, which has no nearest-neighbour bonds (as in the
/// Monte Carlo).</item>
/// <item>A protocol in physical time (its points carry times: irradiation, relaxation, T(LIESST), LITH, a loop with
/// a sweep rate) runs the mean-field rate equation of PHYSICS.md §3 instead (<see cref="RateEquation"/>), integrated
/// between points by <see cref="RateEquationWalk"/> from n0 = the protocol's initial HS fraction, or 0, 1 or 1/2 for
/// its LS, HS or random initial state; n_HS is then the integrated state, the other observables follow from it as
/// above.</item>
/// <item>The sweep counts of the protocol are ignored; SpinFlipAttempts is 0.</item>
/// </list>
/// </remarks>
public sealed class MeanFieldEngine : ISimulationEngine
{
    /// <summary>Ising critical temperatures in units of J (PHYSICS.md §1), for the short-range warning.</summary>
    private static readonly Dictionary<LatticeKind, double> IsingCriticalTemperaturePerJ = new()
    {
        [LatticeKind.Chain] = 0,
        [LatticeKind.Square] = 2.269185,
        [LatticeKind.Triangular] = 3.640957,
        [LatticeKind.Honeycomb] = 1.518651,
        [LatticeKind.Cubic] = 4.5115,
    };

    /// <inheritdoc />
    public string Name => "meanfield";

    /// <inheritdoc />
    public RunResult Run(SimulationConfig config, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(context);
        if (config.Model is not IsingLikeModelConfig modelConfig)
        {
            throw new NotSupportedException($"the mean-field engine does not run {config.Model.GetType().Name} models");
        }

        // Heterogeneous samples: two sublattices are solved exactly in mean field, the rest is refused there.
        if (modelConfig.Heterogeneity is not null)
        {
            return TwoSublattice.TwoSublatticeRun.Run(config, modelConfig, context);
        }

        var clock = Stopwatch.StartNew();
        var model = SlichterDrickamerModel.FromIsingLike(modelConfig);
        var points = config.Protocol.RunsInTime
            ? RunInTime(model, modelConfig, config.Protocol, context)
            : RunQuasiStatic(model, modelConfig, config.Protocol, context);
        return new RunResult(points, 0, clock.Elapsed.TotalSeconds)
        {
            Warnings = ShortRangeWarning(model, modelConfig, config.Protocol) is { } warning ? [warning] : [],
        };
    }

    /// <summary>The observables of one point (see the remarks of the class).</summary>
    public static PointResult Observe(SlichterDrickamerModel model, Branch branch, ControlPoint point,
        MeanFieldSolution state, bool allToAll)
    {
        ArgumentNullException.ThrowIfNull(state);

        // m from the logit keeps full precision next to n = 0 and 1.
        return Observe(model, branch, point, state.NHs, state.Magnetisation, allToAll);
    }

    /// <summary>The observables of a state given by its HS fraction (the rate equation's), m = 2n − 1.</summary>
    public static PointResult Observe(SlichterDrickamerModel model, Branch branch, ControlPoint point, double nHs,
        bool allToAll) => Observe(model, branch, point, nHs, (2 * nHs) - 1, allToAll);

    private static PointResult Observe(SlichterDrickamerModel model, Branch branch, ControlPoint point, double nHs,
        double m, bool allToAll)
    {
        ArgumentNullException.ThrowIfNull(model);
        double h = model.FieldK(point.TemperatureK, point.PressureGPa);
        double energy = -(h * m) - (0.5 * model.EffectiveCouplingK * m * m);
        return new PointResult(
            branch,
            point,
            Estimate.Exact(nHs),
            Estimate.Exact(energy),
            Estimate.Exact(allToAll ? double.NaN : m * m));
    }

    /// <summary>The n_HS a path starts from: all LS, all HS, or the unpolarised 1/2 for a random start.</summary>
    private static double StartNHs(InitialState state) => state switch
    {
        InitialState.Ls => 0,
        InitialState.Hs => 1,
        _ => 0.5,
    };

    /// <summary>Equilibrium and infinitely slow paths: each point relaxes G (see the remarks of the class).</summary>
    private static List<PointResult> RunQuasiStatic(SlichterDrickamerModel model, IsingLikeModelConfig modelConfig,
        Protocol protocol, RunContext context)
    {
        bool allToAll = modelConfig.Lattice.Kind == LatticeKind.AllToAll;
        double startNHs = StartNHs(protocol.InitialState);
        var paths = protocol.Paths();
        int total = paths.Sum(p => p.PointCount);
        var points = new List<PointResult>(total);
        for (int index = 0; index < paths.Count; index++)
        {
            var path = paths[index];
            int first = points.Count;
            MeanFieldSolution? state = null;
            foreach (var segment in path.Segments)
            {
                foreach (var point in segment.Points)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    double t = point.TemperatureK;
                    double p = point.PressureGPa;
                    state = segment.Branch is Branch.Scan or Branch.Equilibrium ? model.StableSolution(t, p)
                        : state is null ? model.Relax(startNHs, t, p)
                        : model.Relax(state, t, p);
                    points.Add(Observe(model, segment.Branch, point, state, allToAll));
                    context.Progress?.Report((double)points.Count / total);
                }
            }

            context.PathCompleted?.Invoke(index, points.GetRange(first, points.Count - first));
        }

        return points;
    }

    /// <summary>Paths in physical time: the rate equation of PHYSICS.md §3 integrated from point to point.</summary>
    private static List<PointResult> RunInTime(SlichterDrickamerModel model, IsingLikeModelConfig modelConfig,
        Protocol protocol, RunContext context)
    {
        var kinetics = modelConfig.Kinetics ?? throw new InvalidOperationException(
            "a protocol in physical time needs the model's kinetics (k_inf, E_a, k_0) for the mean-field rate equation");
        var equation = new RateEquation(kinetics, modelConfig.Parameters, model.EffectiveCouplingK);
        bool allToAll = modelConfig.Lattice.Kind == LatticeKind.AllToAll;
        double startNHs = protocol.InitialHsFraction ?? StartNHs(protocol.InitialState);
        var paths = protocol.Paths();
        int total = paths.Sum(p => p.PointCount);
        var points = new List<PointResult>(total);
        for (int index = 0; index < paths.Count; index++)
        {
            int first = points.Count;
            RateEquationWalk.Walk(paths[index], startNHs, equation, (branch, point, nHs) =>
            {
                points.Add(Observe(model, branch, point, nHs, allToAll));
                context.Progress?.Report((double)points.Count / total);
            }, context.Cancellation);
            context.PathCompleted?.Invoke(index, points.GetRange(first, points.Count - first));
        }

        return points;
    }

    /// <summary>
    /// Mean field ignores fluctuations: on a short-range lattice it predicts a first-order transition for
    /// T1/2 &lt; J_eff where the lattice has one only for T1/2 &lt; T_c(J) (PHYSICS.md §1). Warn when T1/2 lies between.
    /// </summary>
    private static string? ShortRangeWarning(SlichterDrickamerModel model, IsingLikeModelConfig config, Protocol protocol)
    {
        var kind = config.Lattice.Kind;
        if (kind == LatticeKind.AllToAll || config.LongRangeK != 0 || config.CouplingByDirectionK is not null
            || !IsingCriticalTemperaturePerJ.TryGetValue(kind, out double perJ))
        {
            return null;
        }

        double latticeCritical = perJ * config.CouplingK;
        var pressures = protocol.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points)
            .Select(p => p.PressureGPa).Distinct();
        foreach (double pressure in pressures)
        {
            if (model.MaxwellTemperatureK(pressure) is double tHalf
                && tHalf < model.EffectiveCouplingK && tHalf >= latticeCritical)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"mean field predicts hysteresis (T1/2 = {tHalf:0.##} K < z J = {model.EffectiveCouplingK:0.##} K) " +
                    $"but the {ConfigJson.Name(kind)} lattice has a first-order transition only below its Ising " +
                    $"T_c = {latticeCritical:0.##} K: the Monte Carlo will show a gradual transition");
            }
        }

        return null;
    }
}
