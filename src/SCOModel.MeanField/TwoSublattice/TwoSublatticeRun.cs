using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MeanField.TwoSublattice;

/// <summary>
/// The mean-field engine's run of a heterogeneous Ising-like sample (<see cref="Heterogeneity"/>): two sublattices
/// (their own Δ, ln g and couplings J_AA, J_BB, K) are solved by <see cref="TwoSublatticeMeanField"/> (PHYSICS.md §2),
/// with trapped fractions added as in <see cref="TrappedFraction"/> (n_HS = f_HS + (1 − f_HS − f_LS) x). Site-energy
/// disorder, dilution and halogen contacts are refused: their mean field would need an average over the local
/// environments, which this engine does not do; the Monte Carlo engine runs them.
/// </summary>
/// <remarks>
/// The couplings are read off the built lattice: z_AA J_AA is the mean over A sites of Σ_(j∈A) J_ij, and so on, so
/// per-direction and per-sublattice couplings on any pattern give the right mean fields. Dinuclear molecules (the
/// dimers pattern, PHYSICS.md §2) need nothing more: the molecule's own bond joins an A and a B site, so it is one of
/// the A–B bonds of each of its two irons, and the mean field on an A site is h_A + Σ_(j∈A) J_ij m_A + (J_intra +
/// Σ_(j∈B, other molecules) J_ij) m_B — the closed forms with z_AB K = J_intra + z_AB,inter K_inter. Scan and equilibrium
/// points take the lowest minimum; heating and cooling segments carry the state like an infinitely slow experiment
/// (<see cref="TwoSublatticeMeanField.Relax"/>). Observables: n_HS, the energy per site
/// ½[−h_A m_A − h_B m_B − z_AA J_AA m_A²/2 − z_BB J_BB m_B²/2 − z_AB K m_A m_B] of the switching sites, and the
/// bond-averaged ⟨s_i s_j⟩ with each bond's product factorised.
/// </remarks>
public static class TwoSublatticeRun
{
    /// <summary>Runs the protocol, or throws <see cref="NotSupportedException"/> saying what mean field cannot take.</summary>
    public static RunResult Run(SimulationConfig config, IsingLikeModelConfig modelConfig, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(modelConfig);
        ArgumentNullException.ThrowIfNull(context);
        var heterogeneity = modelConfig.Heterogeneity
            ?? throw new ArgumentException("the model is homogeneous", nameof(modelConfig));
        if (!heterogeneity.IsTwoSublatticeOnly)
        {
            throw new NotSupportedException(
                "the mean-field engine solves two-sublattice samples (with trapped fractions) only: site-energy " +
                "disorder, dilution and halogen contacts are not averaged in mean field; run them with the Monte " +
                "Carlo engine");
        }

        if (config.Protocol.RunsInTime || modelConfig.LongRangeK != 0)
        {
            throw new NotSupportedException(
                "the two-sublattice mean field runs temperature and pressure paths without long-range G; protocols " +
                "in physical time and G need the homogeneous model");
        }

        var split = heterogeneity.Sublattices!;
        double volumeA = split.A.DeltaVA3 ?? modelConfig.DeltaVA3, volumeB = split.B.DeltaVA3 ?? modelConfig.DeltaVA3;
        if (volumeA != volumeB)
        {
            throw new NotSupportedException("the two-sublattice mean field takes one ΔV for both sublattices");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (model, bonds) = Model(modelConfig, split, volumeA);
        var trapped = heterogeneity.Trapped is { } t ? new TrappedFraction(t.HighSpinFraction, t.LowSpinFraction) : TrappedFraction.None;
        var points = new List<PointResult>();
        var protocol = config.Protocol;
        foreach (var path in protocol.Paths())
        {
            TwoSublatticeState? state = null;
            foreach (var segment in path.Segments)
            {
                foreach (var point in segment.Points)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    double temperature = point.TemperatureK, pressure = point.PressureGPa;
                    state = segment.Branch is Branch.Scan or Branch.Equilibrium
                        ? TwoSublatticeMeanField.Equilibrium(model, temperature, pressure)
                        : TwoSublatticeMeanField.Relax(model, state ?? Start(protocol.InitialState), temperature, pressure);
                    points.Add(Observe(model, bonds, trapped, segment.Branch, point, state));
                }
            }
        }

        return new RunResult(points, 0, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The two-sublattice model of a config, and the bond counts (AA, BB, AB) per site of the sample.</summary>
    public static (TwoSublatticeModel Model, (double AA, double BB, double AB) BondsPerSite) Model(
        IsingLikeModelConfig modelConfig, Sublattices split, double deltaVA3)
    {
        ArgumentNullException.ThrowIfNull(modelConfig);
        ArgumentNullException.ThrowIfNull(split);
        var sample = modelConfig.Build();
        var labels = sample.SublatticeLabels;
        var offsets = sample.Lattice.Offsets;
        var neighbours = sample.Lattice.Neighbours;
        var couplings = sample.EntryCouplingsK;
        var field = new double[2, 2];
        var count = new double[2, 2];
        var sites = new int[2];
        for (int i = 0; i < labels.Length; i++)
        {
            sites[labels[i]]++;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                field[labels[i], labels[neighbours[e]]] += couplings[e];
                count[labels[i], labels[neighbours[e]]]++;
            }
        }

        if (sites[0] != sites[1])
        {
            throw new NotSupportedException(
                $"the two-sublattice mean field needs equal populations; the sample has {sites[0]} A and {sites[1]} B sites");
        }

        double n = labels.Length;
        var model = new TwoSublatticeModel
        {
            DeltaAK = split.A.DeltaK ?? modelConfig.DeltaK,
            DeltaBK = split.B.DeltaK ?? modelConfig.DeltaK,
            LnGA = split.A.LnG ?? modelConfig.LnG,
            LnGB = split.B.LnG ?? modelConfig.LnG,
            CouplingAAK = field[0, 0] / sites[0],
            CouplingBBK = field[1, 1] / sites[1],
            CouplingABK = field[0, 1] / sites[0],
            CoordinationAA = 1,
            CoordinationBB = 1,
            CoordinationAB = 1,
            DeltaVA3 = deltaVA3,
        };

        // Directed entries count each bond twice.
        return (model, (count[0, 0] / (2 * n), count[1, 1] / (2 * n), count[0, 1] / n));
    }

    private static TwoSublatticeState Start(InitialState state) => state switch
    {
        InitialState.Ls => TwoSublatticeState.AllLowSpin,
        InitialState.Hs => TwoSublatticeState.AllHighSpin,
        _ => new TwoSublatticeState(0, 0, double.NaN),
    };

    private static PointResult Observe(TwoSublatticeModel model, (double AA, double BB, double AB) bonds,
        TrappedFraction trapped, Branch branch, ControlPoint point, TwoSublatticeState state)
    {
        double mA = (2 * state.NHsA) - 1, mB = (2 * state.NHsB) - 1;
        double t = point.TemperatureK, p = point.PressureGPa;
        double energy = 0.5 * (-(model.FieldAK(t, p) * mA) - (model.FieldBK(t, p) * mB)
            - (0.5 * model.IntraAK * mA * mA) - (0.5 * model.IntraBK * mB * mB) - (model.InterK * mA * mB));
        double total = bonds.AA + bonds.BB + bonds.AB;
        double correlation = total == 0 ? double.NaN
            : ((bonds.AA * mA * mA) + (bonds.BB * mB * mB) + (bonds.AB * mA * mB)) / total;
        return new PointResult(branch, point, Estimate.Exact(trapped.Observed(state.NHs)), Estimate.Exact(energy),
            Estimate.Exact(correlation));
    }
}
