namespace SCOModel.MeanField;

/// <summary>
/// The spinodals of the Slichter–Drickamer model (PHYSICS.md §2): the extrema of
/// T(x) = [Δ + Γ(1 − 2x)] / [ln g + ln((1 − x)/x)] (kelvin units: Δ = ΔH/R, ln g = ΔS/R, Γ in K).
/// </summary>
/// <remarks>
/// dT/dx = 0 is equivalent to T(x) = 2Γ x(1 − x) (where the solution is also a stationary point of Φ), i.e. to the
/// zeros of
/// <code>
/// ψ(u) = 2Γ x(1 − x)(u − ln g) + Δ(P) − Γ tanh(u/2),   u = ln(x/(1 − x)),
/// </code>
/// and dT/dx = ψ / [x(1 − x) D²] has the sign of ψ, so a zero where ψ falls is a maximum of T(x) (the branch ends on
/// heating) and one where ψ rises a minimum (it ends on cooling). ψ'(u) = −2Γ x(1 − x) tanh(u/2)(u − ln g) vanishes
/// only at u = 0 and u = ln g: on the three intervals between them ψ is monotone, so every zero is bracketed without
/// a guess. Hysteresis needs ψ(0) = Δ − Γ ln g / 2 &lt; 0, i.e. Γ &gt; 2 T1/2 (Γ &gt; 2 R T1/2 in molar units).
/// </remarks>
public static class SpinodalFinder
{
    /// <summary>ψ is followed over u ∈ [−Reach, Reach]: beyond it x(1 − x) &lt; e^(−700) and no spinodal is above 1e-290 K.</summary>
    private const double Reach = 700;

    /// <summary>All spinodals at a pressure, in increasing n_HS; none when Γ ≤ 2 T1/2.</summary>
    public static IReadOnlyList<Spinodal> Find(SlichterDrickamerModel model, double pressureGPa = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        double gamma = model.GammaK;
        double delta = model.DeltaAtPressureK(pressureGPa);
        double lnG = model.LnG;
        if (!(gamma > 0))
        {
            return [];
        }

        double Psi(double u) => SpinodalCriterion(u, delta, lnG, gamma);
        double Dpsi(double u)
        {
            double x = SelfConsistency.HighSpinFraction(u);
            double y = SelfConsistency.HighSpinFraction(-u);
            return -2 * gamma * x * y * Math.Tanh(0.5 * u) * (u - lnG);
        }

        var ends = new List<double> { -Reach, Reach, 0 };
        if (lnG > -Reach && lnG < Reach && lnG != 0)
        {
            ends.Add(lnG);
        }

        ends.Sort();
        var values = ends.Select(Psi).ToArray();

        // At the turning points of ψ a value within rounding of zero is a touch (the loop's threshold), not a crossing.
        double noise = 1e-12 * (Math.Abs(delta) + Math.Abs(gamma));
        for (int k = 1; k + 1 < values.Length; k++)
        {
            if (Math.Abs(values[k]) <= noise)
            {
                values[k] = 0;
            }
        }

        var spinodals = new List<Spinodal>();
        for (int k = 0; k + 1 < ends.Count; k++)
        {
            if (values[k] * values[k + 1] >= 0)
            {
                continue;
            }

            double u = BracketedNewton.Solve(Psi, Dpsi, ends[k], ends[k + 1]);
            double x = SelfConsistency.HighSpinFraction(u);
            double temperature = 2 * gamma * x * SelfConsistency.HighSpinFraction(-u);
            var kind = values[k] > 0 ? SpinodalKind.EndsOnHeating : SpinodalKind.EndsOnCooling;
            spinodals.Add(new Spinodal(temperature, x, kind));
        }

        return spinodals;
    }

    /// <summary>
    /// The hysteresis loop of a slow heating from the LS side and cooling from the HS side: the first spinodal (lowest
    /// n_HS) if the branch ends there on heating, and the last one (highest n_HS) ending on cooling; null when there
    /// is no loop (Γ ≤ 2 T1/2, or a branch that survives to T → 0).
    /// </summary>
    public static HysteresisLoop? Loop(SlichterDrickamerModel model, double pressureGPa = 0)
    {
        var spinodals = Find(model, pressureGPa);
        var heating = spinodals.Count > 0 && spinodals[0].Kind == SpinodalKind.EndsOnHeating ? spinodals[0] : null;
        var cooling = spinodals.LastOrDefault(s => s.Kind == SpinodalKind.EndsOnCooling);
        return heating is not null && cooling is not null && cooling.NHs > heating.NHs
            ? new HysteresisLoop(heating, cooling)
            : null;
    }

    private static double SpinodalCriterion(double u, double delta, double lnG, double gamma)
    {
        double x = SelfConsistency.HighSpinFraction(u);
        double y = SelfConsistency.HighSpinFraction(-u);
        return (2 * gamma * x * y * (u - lnG)) + delta - (gamma * Math.Tanh(0.5 * u));
    }
}
