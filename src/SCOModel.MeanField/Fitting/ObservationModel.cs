namespace SCOModel.MeanField.Fitting;

/// <summary>
/// From the switching sites' high-spin fraction x to what was measured (PHYSICS.md §2): n = f_HS + (1 − f_HS − f_LS) x
/// and, for χT data, χT = (χT)_LS + [(χT)_HS − (χT)_LS] n. Its four parameters sit at the end of every fit's
/// parameter vector, in the order f_HS, f_LS, (χT)_HS, (χT)_LS.
/// </summary>
internal static class ObservationModel
{
    public const int Count = 4;

    /// <summary>The four observation parameters of a fit: f_HS, f_LS, (χT)_HS, (χT)_LS with starts and bounds.</summary>
    public static FitParameterSpec[] Specs(TransitionData data, CurveFeatures features, bool fitTrappedHighSpin,
        bool fitTrappedLowSpin, TrappedFraction trapped, bool fitHighSpinChiT, bool fitLowSpinChiT,
        MagneticResponse? magnetic)
    {
        bool chi = data.Observable == CurveObservable.ChiT;
        if (chi && magnetic is null && (!fitHighSpinChiT || !fitLowSpinChiT))
        {
            throw new ArgumentException("holding (χT)_HS or (χT)_LS needs the Magnetic values to hold", nameof(magnetic));
        }

        // Held χT values include any (χT)_other: the fit's χT are the sample's when all HS and all LS.
        double Held(bool highSpin) => magnetic is null
            ? (highSpin ? 1 : 0)
            : (highSpin ? magnetic.HighSpinChiT : magnetic.LowSpinChiT) + magnetic.OtherChiT;

        return
        [
            new("trappedHs", "f_HS", string.Empty, trapped.HighSpin, 0, 0.95, 0.01, !fitTrappedHighSpin),
            new("trappedLs", "f_LS", string.Empty, trapped.LowSpin, 0, 0.95, 0.01, !fitTrappedLowSpin),
            new("chiT_hs_cm3Kmol", "(χT)_HS", "cm^3 K/mol",
                chi && fitHighSpinChiT ? features.HighLevel : Held(true), -1, 30, 0.1, !chi || !fitHighSpinChiT),
            new("chiT_ls_cm3Kmol", "(χT)_LS", "cm^3 K/mol",
                chi && fitLowSpinChiT ? features.LowLevel : Held(false), -1, 30, 0.1, !chi || !fitLowSpinChiT),
        ];
    }

    /// <summary>Which of the observation parameters (offset = index of f_HS in the fit) a result reports.</summary>
    public static IEnumerable<int> Reported(TransitionData data, IReadOnlyList<FitParameterSpec> specs, double[] p, int offset)
    {
        for (int j = offset; j < offset + 2; j++)
        {
            if (!specs[j].IsFixed || p[j] != 0)
            {
                yield return j;
            }
        }

        if (data.Observable == CurveObservable.ChiT)
        {
            yield return offset + 2;
            yield return offset + 3;
        }
    }

    public static double Observe(CurveObservable observable, double x, ReadOnlySpan<double> p)
    {
        double n = p[0] + ((1 - p[0] - p[1]) * x);
        return observable == CurveObservable.HighSpinFraction ? n : p[3] + ((p[2] - p[3]) * n);
    }

    /// <summary>
    /// Starting values for the free observation parameters from the straight line y ≈ A + B x that best fits the data
    /// given x (y = c0 + c1 f_HS + c1 s x, with c0 = c1 − 1 = 0 for n_HS, c0 = (χT)_LS, c1 = Δ(χT) for χT, and
    /// s = 1 − f_HS − f_LS): the χ factors first (with f as given), then the fractions. Where several are free the
    /// line cannot fix them all; the fit then reports the degeneracy.
    /// </summary>
    public static void StartFromLine(CurveObservable observable, double a, double b, double[] p, bool[] free,
        double[] lower, double[] upper)
    {
        if (observable == CurveObservable.ChiT && (free[2] || free[3]))
        {
            double s = 1 - p[0] - p[1];
            double c1 = s > 0 ? b / s : b;
            double c0 = a - (c1 * p[0]);
            if (free[3])
            {
                p[3] = Math.Clamp(c0, lower[3], upper[3]);
            }

            if (free[2])
            {
                p[2] = Math.Clamp(p[3] + c1, lower[2], upper[2]);
            }
        }

        double scale = observable == CurveObservable.ChiT ? p[2] - p[3] : 1;
        double offset = observable == CurveObservable.ChiT ? p[3] : 0;
        if (scale == 0)
        {
            return;
        }

        double intercept = (a - offset) / scale;
        double slope = b / scale;
        if (free[0])
        {
            p[0] = Math.Clamp(intercept, lower[0], upper[0]);
        }

        if (free[1])
        {
            p[1] = Math.Clamp(1 - p[0] - slope, lower[1], upper[1]);
        }
    }
}
