using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.TwoSublattice;

/// <summary>
/// Solves the two-sublattice mean field (<see cref="TwoSublatticeModel"/>, PHYSICS.md §2) by descending its free
/// energy f(m_A, m_B): an infinitely slow experiment keeps the minimum it is in until that minimum disappears.
/// </summary>
/// <remarks>
/// The descent alternates exact one-dimensional minimisations: with m_B fixed, sublattice A is a Slichter–Drickamer
/// problem in the field h_A + z_AB K m_B with coupling z_AA J_AA, whose roots are all bracketed
/// (<see cref="SelfConsistency"/>) and descended from A's current state; then B likewise. Each half-step lowers f, so
/// the sweep converges to a stationary point; a 2×2 Newton step then polishes it. A stationary point that is a
/// saddle (the descent can sit on one when A and B are equivalent and the state is symmetric, m_A = m_B, while the
/// staggered mode is unstable) is left along the unstable eigenvector in both directions, and the lower minimum is
/// kept — the mean-field counterpart of the fluctuation that breaks the symmetry (ties go to A high spin).
/// </remarks>
public static class TwoSublatticeMeanField
{
    private const int MaxSweeps = 20_000;

    /// <summary>The states from which <see cref="Equilibrium"/> searches: all LS, all HS, both ordered, unpolarised.</summary>
    private static readonly (double A, double B)[] Starts =
    [
        (double.NegativeInfinity, double.NegativeInfinity),
        (double.PositiveInfinity, double.PositiveInfinity),
        (double.PositiveInfinity, double.NegativeInfinity),
        (double.NegativeInfinity, double.PositiveInfinity),
        (0, 0),
    ];

    /// <summary>The minimum an infinitely slow experiment reaches at (T, P) from <paramref name="from"/>.</summary>
    public static TwoSublatticeState Relax(TwoSublatticeModel model, TwoSublatticeState from, double temperatureK,
        double pressureGPa = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(from);
        if (!(temperatureK > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureK), temperatureK, "the temperature must be positive");
        }

        return Descend(model, from.LogitA, from.LogitB, temperatureK, pressureGPa, escapes: 3);
    }

    /// <summary>
    /// The distinct minima reached from all LS, all HS, the two ordered states and the unpolarised state, in that
    /// order of discovery. Every local minimum of f lies in the basin of one of these in practice: f has at most one
    /// minimum per quadrant of (m_A, m_B) plus the symmetric one.
    /// </summary>
    public static IReadOnlyList<TwoSublatticeState> Minima(TwoSublatticeModel model, double temperatureK,
        double pressureGPa = 0)
    {
        var minima = new List<TwoSublatticeState>();
        foreach (var (a, b) in Starts)
        {
            var state = Relax(model, new TwoSublatticeState(a, b, double.NaN), temperatureK, pressureGPa);
            if (!minima.Any(m => Same(m, state)))
            {
                minima.Add(state);
            }
        }

        return minima;
    }

    /// <summary>The equilibrium state: the lowest minimum (ties, within rounding, to the first found).</summary>
    public static TwoSublatticeState Equilibrium(TwoSublatticeModel model, double temperatureK, double pressureGPa = 0)
    {
        var minima = Minima(model, temperatureK, pressureGPa);
        var best = minima[0];
        foreach (var m in minima.Skip(1))
        {
            if (m.FreeEnergyPerSiteK < best.FreeEnergyPerSiteK - (1e-11 * Math.Max(1, Math.Abs(best.FreeEnergyPerSiteK))))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>
    /// The states along a measured branch, in the order of <paramref name="temperaturesK"/>: heating walked up from
    /// all LS, cooling down from all HS, scan points at equilibrium.
    /// </summary>
    public static TwoSublatticeState[] BranchStates(TwoSublatticeModel model, IReadOnlyList<double> temperaturesK,
        Branch branch, double pressureGPa = 0)
    {
        ArgumentNullException.ThrowIfNull(temperaturesK);
        return BranchWalk.Evaluate(
            temperaturesK,
            branch,
            TwoSublatticeState.AllLowSpin,
            TwoSublatticeState.AllHighSpin,
            (state, t) => Relax(model, state, t, pressureGPa),
            t => Equilibrium(model, t, pressureGPa),
            s => s);
    }

    /// <summary>n_HS of the sample along a measured branch (<see cref="BranchStates"/>).</summary>
    public static double[] BranchCurve(TwoSublatticeModel model, IReadOnlyList<double> temperaturesK, Branch branch,
        double pressureGPa = 0) =>
        BranchStates(model, temperaturesK, branch, pressureGPa).Select(s => s.NHs).ToArray();

    private static TwoSublatticeState Descend(TwoSublatticeModel model, double uA, double uB, double t, double p,
        int escapes)
    {
        double hA = model.FieldAK(t, p);
        double hB = model.FieldBK(t, p);
        double aA = model.IntraAK;
        double aB = model.IntraBK;
        double k = model.InterK;
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double fieldA = hA + (k * Math.Tanh(0.5 * uB));
            double nextA = SelfConsistency.Descend(uA, SelfConsistency.Roots(fieldA, aA, t), fieldA, aA, t);
            double fieldB = hB + (k * Math.Tanh(0.5 * nextA));
            double nextB = SelfConsistency.Descend(uB, SelfConsistency.Roots(fieldB, aB, t), fieldB, aB, t);
            double change = Math.Max(Math.Abs(nextA - uA), Math.Abs(nextB - uB));
            bool settled = change <= 1e-12 * Math.Max(1, Math.Max(Math.Abs(nextA), Math.Abs(nextB)));
            uA = nextA;
            uB = nextB;
            if (settled || (change < 1e-6 && Polish(model, ref uA, ref uB, t, p)))
            {
                break;
            }
        }

        var state = new TwoSublatticeState(uA, uB, model.FreeEnergyPerSiteK(uA, uB, t, p));
        if (escapes == 0 || UnstableDirection(model, uA, uB, t) is not var (vA, vB))
        {
            return state;
        }

        // A saddle: leave it both ways along the unstable direction (in m) and keep the lower minimum.
        const double Kick = 1e-3;
        TwoSublatticeState? best = null;
        foreach (int sign in new[] { 1, -1 })
        {
            double mA = Math.Clamp(Math.Tanh(0.5 * uA) + (sign * Kick * vA), -1 + 1e-15, 1 - 1e-15);
            double mB = Math.Clamp(Math.Tanh(0.5 * uB) + (sign * Kick * vB), -1 + 1e-15, 1 - 1e-15);
            var candidate = Descend(model, 2 * Math.Atanh(mA), 2 * Math.Atanh(mB), t, p, escapes - 1);
            double tie = 1e-11 * Math.Max(1, Math.Abs(candidate.FreeEnergyPerSiteK));
            if (best is null || candidate.FreeEnergyPerSiteK < best.FreeEnergyPerSiteK - tie
                || (Math.Abs(candidate.FreeEnergyPerSiteK - best.FreeEnergyPerSiteK) <= tie && candidate.LogitA > best.LogitA))
            {
                best = candidate;
            }
        }

        return best!;
    }

    /// <summary>
    /// Newton on the stationarity conditions Φ_A = T u_A − 2(h_A + k m_B) − 2 a_A m_A = 0 (and B), in the logits.
    /// Returns true when converged; leaves the state unchanged when a step does not reduce the residual.
    /// </summary>
    private static bool Polish(TwoSublatticeModel model, ref double uA, ref double uB, double t, double p)
    {
        double hA = model.FieldAK(t, p), hB = model.FieldBK(t, p);
        double aA = model.IntraAK, aB = model.IntraBK, k = model.InterK;
        (double, double) Residual(double a, double b) => (
            (t * a) - (2 * (hA + (k * Math.Tanh(0.5 * b)))) - (2 * aA * Math.Tanh(0.5 * a)),
            (t * b) - (2 * (hB + (k * Math.Tanh(0.5 * a)))) - (2 * aB * Math.Tanh(0.5 * b)));

        var (rA, rB) = Residual(uA, uB);
        for (int iteration = 0; iteration < 20; iteration++)
        {
            double norm = Math.Abs(rA) + Math.Abs(rB);
            if (norm <= 1e-12 * t * Math.Max(1, Math.Abs(uA) + Math.Abs(uB)))
            {
                return true;
            }

            double sA = Sech2(uA), sB = Sech2(uB);
            double j11 = t - (aA * sA), j12 = -k * sB, j21 = -k * sA, j22 = t - (aB * sB);
            double det = (j11 * j22) - (j12 * j21);
            if (det == 0 || !double.IsFinite(det))
            {
                return false;
            }

            double nextA = uA - (((j22 * rA) - (j12 * rB)) / det);
            double nextB = uB - (((j11 * rB) - (j21 * rA)) / det);
            var (nA, nB) = Residual(nextA, nextB);
            if (!(Math.Abs(nA) + Math.Abs(nB) < norm))
            {
                return false;
            }

            (uA, uB, rA, rB) = (nextA, nextB, nA, nB);
        }

        return false;
    }

    /// <summary>
    /// The unstable direction (in m) of a stationary point, or null at a minimum. The Hessian of 2f in m is
    /// [[T/(1 − m_A²) − a_A, −k], [−k, T/(1 − m_B²) − a_B]].
    /// </summary>
    private static (double A, double B)? UnstableDirection(TwoSublatticeModel model, double uA, double uB, double t)
    {
        double h11 = (t / Sech2(uA)) - model.IntraAK;
        double h22 = (t / Sech2(uB)) - model.IntraBK;
        double h12 = -model.InterK;
        double mean = 0.5 * (h11 + h22);
        double lowest = mean - Math.Sqrt((0.25 * (h11 - h22) * (h11 - h22)) + (h12 * h12));
        if (!(lowest < -1e-12 * Math.Max(1, Math.Abs(mean))) || !double.IsFinite(lowest))
        {
            return null;
        }

        // (H − λ) v = 0: v = (h12, λ − h11), or (λ − h22, h12) when that is degenerate.
        var (vA, vB) = Math.Abs(h12) > 0 ? (h12, lowest - h11) : (h11 < h22 ? (1.0, 0.0) : (0.0, 1.0));
        double length = Math.Sqrt((vA * vA) + (vB * vB));
        return (vA / length, vB / length);
    }

    private static double Sech2(double u)
    {
        double c = Math.Cosh(0.5 * u);
        return 1 / (c * c);
    }

    private static bool Same(TwoSublatticeState a, TwoSublatticeState b) =>
        Math.Abs(a.NHsA - b.NHsA) + Math.Abs(a.NHsB - b.NHsB) < 1e-7;
}
