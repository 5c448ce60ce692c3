namespace SCOModel.MeanField;

/// <summary>
/// The Maxwell construction of the Slichter–Drickamer model (PHYSICS.md §2): the equilibrium state is the lowest
/// minimum of G(x), and the two minima exchange places where the field h = (T ln g − Δ(P))/2 vanishes, at
/// T1/2 = Δ(P)/ln g = (ΔH + PΔV)/ΔS, whatever Γ (G(x) − G(1 − x) = −2h(2x − 1) by the x ↔ 1 − x symmetry of the
/// other terms).
/// </summary>
public static class MaxwellConstruction
{
    /// <summary>
    /// T1/2 = Δ(P)/ln g in kelvin: where n_HS = 1/2 in equilibrium, and where a first-order transition jumps. Null when
    /// ln g = 0 (no crossing) or when the ratio is not positive.
    /// </summary>
    public static double? TemperatureK(SlichterDrickamerModel model, double pressureGPa = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.LnG == 0)
        {
            return null;
        }

        double t = model.DeltaAtPressureK(pressureGPa) / model.LnG;
        return t > 0 ? t : null;
    }

    /// <summary>
    /// Labels the stationary points (in increasing n_HS, with their slopes Φ' = dΦ/du): maxima of G are unstable,
    /// the lowest minimum is stable and any other minimum metastable. An exact tie (at T1/2 itself, within rounding)
    /// goes to the minimum of lower n_HS, so that results do not depend on the last bit of a root.
    /// </summary>
    internal static MeanFieldSolution[] Classify(IReadOnlyList<(double U, double Slope, double GibbsK)> points)
    {
        int stable = -1;
        for (int k = 0; k < points.Count; k++)
        {
            if (points[k].Slope < 0)
            {
                continue;
            }

            if (stable < 0)
            {
                stable = k;
                continue;
            }

            double best = points[stable].GibbsK;
            double tie = 1e-11 * Math.Max(1, Math.Abs(best));
            if (points[k].GibbsK < best - tie)
            {
                stable = k;
            }
        }

        var solutions = new MeanFieldSolution[points.Count];
        for (int k = 0; k < points.Count; k++)
        {
            var (u, slope, gibbs) = points[k];
            var stability = k == stable ? SolutionStability.Stable
                : slope < 0 ? SolutionStability.Unstable
                : SolutionStability.Metastable;
            solutions[k] = new MeanFieldSolution(SelfConsistency.HighSpinFraction(u), u, gibbs, stability);
        }

        return solutions;
    }
}
