namespace SCOModel.MeanField;

/// <summary>
/// The Bragg–Williams self-consistency equation of an Ising system in a field (PHYSICS.md §2),
/// m = tanh[(J m + h)/T] with J = z J + 2G = Γ/2, written in the logit variable u = ln(x/(1 − x)) = 2 artanh m
/// (x = n_HS) so that states exponentially close to all-LS or all-HS keep full precision:
/// <code>
/// Φ(u) = T u − 2h − 2J tanh(u/2) = 0,     Φ'(u) = T − J / cosh²(u/2) = T − 2Γ x(1 − x)
/// </code>
/// Φ is dG/dx of §2's G(x) (in kelvin per molecule): a root with Φ' &gt; 0 is a minimum of G (stable or
/// metastable), one with Φ' &lt; 0 a maximum (unstable). Φ' vanishes only at u± = ±2 arcosh √(J/T) (when J &gt; T),
/// so Φ is monotone between them and every root is bracketed without any initial guess.
/// </summary>
internal static class SelfConsistency
{
    /// <summary>Φ(u) in kelvin.</summary>
    public static double Residual(double u, double fieldK, double couplingK, double temperatureK) =>
        (temperatureK * u) - (2 * fieldK) - (2 * couplingK * Math.Tanh(0.5 * u));

    /// <summary>Φ'(u) = T − J/cosh²(u/2), in kelvin.</summary>
    public static double Slope(double u, double couplingK, double temperatureK)
    {
        double c = Math.Cosh(0.5 * u);
        return temperatureK - (couplingK / (c * c));
    }

    /// <summary>
    /// Every root of Φ, in increasing u (so in increasing n_HS): one, or up to three when J &gt; T. A root where Φ only
    /// touches zero (exactly at a spinodal) is reported once.
    /// </summary>
    public static double[] Roots(double fieldK, double couplingK, double temperatureK)
    {
        if (!(temperatureK > 0) || !double.IsFinite(temperatureK))
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureK), temperatureK, "the temperature must be positive");
        }

        // |T u − 2h| = |2J tanh(u/2)| ≤ 2|J| bounds every root; pad so that Φ has a strict sign at the ends.
        double reach = 2 * Math.Abs(couplingK);
        double lo = ((2 * fieldK) - reach) / temperatureK - 1;
        double hi = ((2 * fieldK) + reach) / temperatureK + 1;

        Span<double> ends = stackalloc double[4];
        int count = 0;
        ends[count++] = lo;
        if (couplingK > temperatureK)
        {
            double turn = 2 * Math.Acosh(Math.Sqrt(couplingK / temperatureK));
            if (-turn > lo && -turn < hi)
            {
                ends[count++] = -turn;
            }

            if (turn > lo && turn < hi)
            {
                ends[count++] = turn;
            }
        }

        ends[count++] = hi;
        var roots = new List<double>(3);
        double Phi(double u) => Residual(u, fieldK, couplingK, temperatureK);
        double Dphi(double u) => Slope(u, couplingK, temperatureK);
        for (int k = 0; k + 1 < count; k++)
        {
            double a = ends[k];
            double b = ends[k + 1];
            double fa = Phi(a);
            double fb = Phi(b);
            if (fa * fb > 0 || (fa == 0 && k > 0))
            {
                // No crossing, or a root at the interval's start that the previous interval already reported.
                continue;
            }

            roots.Add(BracketedNewton.Solve(Phi, Dphi, a, b));
        }

        return roots.ToArray();
    }

    /// <summary>The root reached from <paramref name="startU"/> by descending G (the gradient flow dx/dt = −Φ): the
    /// nearest root above when Φ(start) &lt; 0, the nearest below when Φ(start) &gt; 0. ±∞ start from all-HS/all-LS.
    /// </summary>
    public static double Descend(double startU, double[] roots, double fieldK, double couplingK, double temperatureK)
    {
        if (roots.Length == 0)
        {
            throw new ArgumentException("no roots", nameof(roots));
        }

        // Within this distance the start is on a root already (a point revisited at the same temperature).
        double tolerance = 1e-9 * Math.Max(1, Math.Abs(startU));
        double phi = double.IsNegativeInfinity(startU) ? -1
            : double.IsPositiveInfinity(startU) ? 1
            : Residual(startU, fieldK, couplingK, temperatureK);
        if (phi < 0)
        {
            foreach (double r in roots)
            {
                if (r >= startU - tolerance)
                {
                    return r;
                }
            }

            return roots[^1];
        }

        if (phi > 0)
        {
            for (int k = roots.Length - 1; k >= 0; k--)
            {
                if (roots[k] <= startU + tolerance)
                {
                    return roots[k];
                }
            }

            return roots[0];
        }

        return roots.MinBy(r => Math.Abs(r - startU));
    }

    /// <summary>n_HS = x = 1/(1 + e^(−u)), exact in both tails.</summary>
    public static double HighSpinFraction(double u) => 1 / (1 + Math.Exp(-u));

    /// <summary>The logit u = ln(x/(1 − x)); ±∞ at x = 0 or 1.</summary>
    public static double Logit(double nHs) => Math.Log(nHs) - Math.Log(1 - nHs);

    /// <summary>ln(1 + e^z) without overflow.</summary>
    public static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
}
