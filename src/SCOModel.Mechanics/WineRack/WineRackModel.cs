using SCOModel.Core.Configuration;

namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// The spin state of the wine-rack in mean field (PHYSICS.md §2 and §5): per node
/// F(n) = n Δ − T n ln g + Γ n(1 − n) + T [n ln n + (1 − n) ln(1 − n)] + G*(n, P), where G* is the elastic enthalpy
/// of the node relaxed at the geometry of state n (<see cref="WineRackLattice"/>). At P = 0 the relaxed lattice stores
/// no energy, so Δ is the gap of the free lattice; under pressure ∂G*/∂n = χ P ΔV(n, P) with
/// ΔV = c (2ℓ sin θ ΔL + ℓ² cos θ Δθ0): the spin state feels pressure through the volume change of the geometry.
/// </summary>
/// <remarks>
/// The stationary points solve f(y) = ∂F/∂n = Δ − T ln g + Γ(1 − 2n) + ∂G*/∂n + T y = 0 in the logit y = ln(n/(1 − n)).
/// They are bracketed on a grid that moves n by at most 0.002 per step; where n(1 − n) is so small that
/// |n(1 − n) ∂(f − T y)/∂n| &lt; T/2, f increases with y, so each tail holds at most one root, found by widening a
/// bracket. Minima are the roots where f turns from negative to positive.
/// </remarks>
public sealed class WineRackModel
{
    /// <summary>Largest change of n between two grid points of the root search.</summary>
    private const double GridStepNHs = 0.002;

    /// <summary>Largest logit step of the grid (where n barely moves).</summary>
    private const double MaxGridStepLogit = 0.25;

    /// <summary>A model from its spin-state energetics and its lattice.</summary>
    public WineRackModel(double deltaK, double lnG, double interactionK, WineRackLattice lattice)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        DeltaK = deltaK;
        LnG = lnG;
        InteractionK = interactionK;
        Lattice = lattice;
    }

    /// <summary>Δ, K.</summary>
    public double DeltaK { get; }

    /// <summary>ln g.</summary>
    public double LnG { get; }

    /// <summary>Γ, K.</summary>
    public double InteractionK { get; }

    /// <summary>The elastic node.</summary>
    public WineRackLattice Lattice { get; }

    /// <summary>The model of a config.</summary>
    public static WineRackModel From(WineRackModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new WineRackModel(config.DeltaK, config.LnG, config.InteractionK, WineRackLattice.From(config));
    }

    /// <summary>n_HS of a logit, exact at ±∞.</summary>
    public static double NHsOf(double logit) => 1 / (1 + Math.Exp(-logit));

    /// <summary>
    /// The energy per node of the effective (temperature-dependent) Hamiltonian, F without the mixing entropy:
    /// n (Δ − T ln g) + Γ n(1 − n) + G*, K.
    /// </summary>
    public double EnergyK(WineRackState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        double n = state.NHs;
        return (n * (DeltaK - (state.TemperatureK * LnG))) + (InteractionK * n * (1 - n)) + state.Elastic.EnthalpyK;
    }

    /// <summary>The local minima of F at (T, P), in increasing n.</summary>
    public IReadOnlyList<WineRackState> Minima(double temperatureK, double pressureGPa) =>
        StationaryPoints(temperatureK, pressureGPa).Where(s => s.IsMinimum)
            .Select(s => StateAt(s.Logit, temperatureK, pressureGPa)).ToArray();

    /// <summary>The stable state at (T, P): the minimum of lowest F (an equilibrium point of a scan).</summary>
    public WineRackState StableState(double temperatureK, double pressureGPa) =>
        Minima(temperatureK, pressureGPa).MinBy(s => s.FreeEnergyK)
        ?? throw new InvalidOperationException("F(n) has no minimum in (0, 1)");

    /// <summary>The state reached from a previous one by descending F at (T, P): a metastable branch is followed.</summary>
    public WineRackState Relax(WineRackState previous, double temperatureK, double pressureGPa)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return Relax(previous.Logit, temperatureK, pressureGPa);
    }

    /// <summary>
    /// The minimum reached by descending F from the logit <paramref name="startLogit"/> (−∞ all LS, +∞ all HS, 0 the
    /// unpolarised start): the nearest root of ∂F/∂n downhill.
    /// </summary>
    public WineRackState Relax(double startLogit, double temperatureK, double pressureGPa)
    {
        var roots = StationaryPoints(temperatureK, pressureGPa);
        double slope = double.IsNegativeInfinity(startLogit) ? -1
            : double.IsPositiveInfinity(startLogit) ? 1
            : Slope(startLogit, temperatureK, pressureGPa).Value;

        // Downhill is towards smaller n where F rises with n, towards larger n where it falls.
        var downhill = slope > 0
            ? roots.Where(r => r.Logit <= startLogit).Reverse()
            : roots.Where(r => r.Logit >= startLogit);
        var reached = downhill.FirstOrDefault(r => r.IsMinimum) ?? roots.Where(r => r.IsMinimum)
            .MinBy(r => Math.Abs(r.Logit - startLogit));
        return reached is null
            ? throw new InvalidOperationException("F(n) has no minimum in (0, 1)")
            : StateAt(reached.Logit, temperatureK, pressureGPa);
    }

    /// <summary>
    /// K_a, K_b and K_V along the branch of a state: the total derivative at fixed T, the geometry moving with P directly
    /// and through the spin state, dn/dP = −(∂²F/∂n∂P)/(∂²F/∂n²) (analytic, no finite differences).
    /// </summary>
    public LinearCompressibilities Compressibilities(WineRackState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        double slope = NHsSlopePerGPa(state);
        return LinearCompressibilities.Of(state.Geometry, state.Elastic.PerGPa.WithSpinState(state.Elastic.PerNHs, slope));
    }

    /// <summary>K_a, K_b and K_V of the lattice alone, the spin state held fixed.</summary>
    public static LinearCompressibilities CompressibilitiesAtFixedSpinState(WineRackState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return LinearCompressibilities.Of(state.Geometry, state.Elastic.PerGPa);
    }

    /// <summary>dn/dP along the branch of a state, per GPa (0 where n is pinned at 0 or 1 to machine precision).</summary>
    public double NHsSlopePerGPa(WineRackState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        double y = state.Logit;

        // 1/(n(1 − n)) = 2 + e^y + e^−y without cancellation; infinite where n is 0 or 1 to double precision.
        double curvature = (-2 * InteractionK) + (state.TemperatureK * (2 + Math.Exp(y) + Math.Exp(-y)))
            + state.Elastic.SwitchingStiffnessK;
        return -state.Elastic.SwitchingEnthalpyPerGPaK / curvature;
    }

    /// <summary>The state at a logit (stationary or not).</summary>
    public WineRackState StateAt(double logit, double temperatureK, double pressureGPa)
    {
        double n = NHsOf(logit);
        var elastic = Lattice.Relax(n, pressureGPa);

        // ln n = −softplus(−y), ln(1 − n) = −softplus(y): exact next to n = 0 and 1.
        double mixing = -((n * Softplus(-logit)) + ((1 - n) * Softplus(logit)));
        double free = (n * (DeltaK - (temperatureK * LnG))) + (InteractionK * n * (1 - n)) + (temperatureK * mixing)
            + elastic.EnthalpyK;
        return new WineRackState(logit, temperatureK, pressureGPa, elastic, free);
    }

    /// <summary>f(y) = ∂F/∂n and df/dy.</summary>
    private (double Value, double Slope) Slope(double logit, double temperatureK, double pressureGPa)
    {
        double n = NHsOf(logit);
        var elastic = Lattice.Relax(n, pressureGPa);
        double field = DeltaK - (temperatureK * LnG) + (InteractionK * (1 - (2 * n))) + elastic.SwitchingEnthalpyK;
        double weight = 1 / (2 + Math.Exp(logit) + Math.Exp(-logit));
        double fieldSlope = (-2 * InteractionK) + elastic.SwitchingStiffnessK;
        return (field + (temperatureK * logit), temperatureK + (weight * fieldSlope));
    }

    /// <summary>The roots of ∂F/∂n in increasing y, each marked minimum or maximum (see the remarks of the class).</summary>
    private List<StationaryPoint> StationaryPoints(double temperatureK, double pressureGPa)
    {
        if (!(temperatureK > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureK), temperatureK, "the temperature must be positive");
        }

        // A bound on |∂(f − T y)/∂n| over [0, 1] from 17 samples, with a margin: it fixes where the tails are monotone.
        double fieldSlopeBound = 1;
        for (int k = 0; k <= 16; k++)
        {
            var elastic = Lattice.Relax(k / 16.0, pressureGPa);
            fieldSlopeBound = Math.Max(fieldSlopeBound, Math.Abs((-2 * InteractionK) + elastic.SwitchingStiffnessK));
        }

        double tailWeight = Math.Min(0.01, temperatureK / (2 * 1.5 * fieldSlopeBound));
        double tailNHs = 2 * tailWeight / (1 + Math.Sqrt(1 - (4 * tailWeight)));
        double tailLogit = Math.Log(tailNHs) - Log1P(-tailNHs);

        var roots = new List<StationaryPoint>();
        Func<double, (double Value, double Slope)> f = y => Slope(y, temperatureK, pressureGPa);

        // The LS tail: f < 0 at −∞, so a root lies below the grid iff f > 0 at its start.
        double y0 = tailLogit;
        var f0 = f(y0);
        if (f0.Value > 0)
        {
            double width = 1;
            while (f(y0 - width).Value > 0)
            {
                width *= 2;
            }

            roots.Add(new StationaryPoint(BracketedNewton.FindRoot(f, y0 - width, y0, 1e-12), true));
        }

        double y = y0;
        double fy = f0.Value;
        while (y < -tailLogit)
        {
            double n = NHsOf(y);
            double step = Math.Clamp(GridStepNHs / (n * (1 - n)), 1e-3, MaxGridStepLogit);
            double next = Math.Min(y + step, -tailLogit);
            double fNext = f(next).Value;
            if ((fy < 0) != (fNext < 0))
            {
                roots.Add(new StationaryPoint(BracketedNewton.FindRoot(f, y, next, 1e-12), fy < 0));
            }

            y = next;
            fy = fNext;
        }

        // The HS tail: f > 0 at +∞, so a root lies above the grid iff f < 0 at its end.
        if (fy < 0)
        {
            double width = 1;
            while (f(y + width).Value < 0)
            {
                width *= 2;
            }

            roots.Add(new StationaryPoint(BracketedNewton.FindRoot(f, y, y + width, 1e-12), true));
        }

        return roots;
    }

    private static double Softplus(double x) => Math.Max(x, 0) + Log1P(Math.Exp(-Math.Abs(x)));

    /// <summary>ln(1 + x), accurate for small x (Kahan: the rounding of 1 + x cancels in the ratio).</summary>
    private static double Log1P(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    private sealed record StationaryPoint(double Logit, bool IsMinimum);
}
