namespace SCOModel.MeanField.Tests.Support;

/// <summary>
/// The Slichter–Drickamer formulas of PHYSICS.md §2 in molar units (J/mol, J/(mol K)), written out here
/// independently of the engine, which works in kelvin per molecule: the references of the tests.
/// </summary>
internal static class MolarFormulas
{
    /// <summary>R in J/(mol K).</summary>
    public const double R = 8.314462618;

    /// <summary>G(x) = x ΔH − T x ΔS + Γ x(1 − x) + R T [x ln x + (1 − x) ln(1 − x)], J/mol.</summary>
    public static double Gibbs(double x, double t, double deltaH, double deltaS, double gamma) =>
        (x * deltaH) - (t * x * deltaS) + (gamma * x * (1 - x)) + (R * t * ((x * Math.Log(x)) + ((1 - x) * Math.Log(1 - x))));

    /// <summary>The residual of the equilibrium condition ln((1 − x)/x) = [ΔH + Γ(1 − 2x) − T ΔS]/(R T).</summary>
    public static double EquilibriumResidual(double x, double t, double deltaH, double deltaS, double gamma) =>
        Math.Log((1 - x) / x) - ((deltaH + (gamma * (1 - (2 * x))) - (t * deltaS)) / (R * t));

    /// <summary>T(x) = [ΔH + Γ(1 − 2x)] / [ΔS + R ln((1 − x)/x)].</summary>
    public static double TemperatureOf(double x, double deltaH, double deltaS, double gamma) =>
        (deltaH + (gamma * (1 - (2 * x)))) / (deltaS + (R * Math.Log((1 - x) / x)));

    /// <summary>
    /// The local extrema of T(x) on (0, 1) where T is positive and finite: a scan on a fine grid finds the sign
    /// changes of the discrete slope, and a golden-section search refines each to ~1e-12 in x.
    /// </summary>
    public static List<(double X, double T, bool IsMaximum)> ExtremaOfTemperature(
        double deltaH, double deltaS, double gamma)
    {
        const int Grid = 200_000;
        double T(double x) => TemperatureOf(x, deltaH, deltaS, gamma);
        var extrema = new List<(double, double, bool)>();
        for (int k = 1; k + 1 < Grid; k++)
        {
            double x0 = (k - 1.0) / Grid, x1 = (double)k / Grid, x2 = (k + 1.0) / Grid;
            if (x0 <= 0)
            {
                continue;
            }

            double t0 = T(x0), t1 = T(x1), t2 = T(x2);
            if (!(t0 > 0 && t1 > 0 && t2 > 0) || !double.IsFinite(t0 + t1 + t2))
            {
                continue;
            }

            bool max = t1 > t0 && t1 >= t2;
            bool min = t1 < t0 && t1 <= t2;
            if (max || min)
            {
                double x = GoldenSection(x0, x2, x => max ? -T(x) : T(x));
                extrema.Add((x, T(x), max));
            }
        }

        return extrema;
    }

    /// <summary>The minimum of f on [a, b] (f unimodal there).</summary>
    public static double GoldenSection(double a, double b, Func<double, double> f)
    {
        double ratio = (Math.Sqrt(5) - 1) / 2;
        double c = b - (ratio * (b - a)), d = a + (ratio * (b - a));
        for (int k = 0; k < 200 && b - a > 1e-14; k++)
        {
            if (f(c) < f(d))
            {
                b = d;
            }
            else
            {
                a = c;
            }

            c = b - (ratio * (b - a));
            d = a + (ratio * (b - a));
        }

        return 0.5 * (a + b);
    }
}
