namespace SCOModel.MeanField;

/// <summary>
/// The root of a function that changes sign on [a, b] and is monotone there: Newton steps where they stay inside the
/// shrinking bracket, bisection otherwise. It cannot fail on such an interval and needs no initial guess; it converges
/// quadratically once close. The mean-field equations are solved on intervals where they are known to be monotone
/// (<see cref="SelfConsistency"/>, <see cref="SpinodalFinder"/>).
/// </summary>
internal static class BracketedNewton
{
    private const int MaxIterations = 300;

    /// <summary>The root of <paramref name="f"/> on [a, b]; f(a) and f(b) must not have the same strict sign.</summary>
    /// <param name="f">The function.</param>
    /// <param name="derivative">Its derivative (used for the Newton steps only).</param>
    /// <param name="a">One end.</param>
    /// <param name="b">The other end.</param>
    public static double Solve(Func<double, double> f, Func<double, double> derivative, double a, double b)
    {
        double fa = f(a);
        double fb = f(b);
        if (fa == 0)
        {
            return a;
        }

        if (fb == 0)
        {
            return b;
        }

        if (Math.Sign(fa) == Math.Sign(fb))
        {
            throw new ArgumentException($"no sign change on [{a}, {b}]: f = {fa}, {fb}");
        }

        // Keep f(lo) < 0 < f(hi).
        double lo = fa < 0 ? a : b;
        double hi = fa < 0 ? b : a;
        double x = 0.5 * (lo + hi);
        double previousStep = Math.Abs(hi - lo);
        for (int k = 0; k < MaxIterations; k++)
        {
            double fx = f(x);
            if (fx == 0)
            {
                return x;
            }

            if (fx < 0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            double width = Math.Abs(hi - lo);
            if (width <= 4e-16 * Math.Max(1, Math.Abs(x)))
            {
                return 0.5 * (lo + hi);
            }

            double slope = derivative(x);
            double next = x - (fx / slope);
            double step = Math.Abs(next - x);

            // Newton only while it lands inside the bracket and at least halves the step (Numerical Recipes' rtsafe).
            bool newton = double.IsFinite(next) && (next - lo) * (next - hi) < 0 && step <= 0.5 * previousStep;
            x = newton ? next : 0.5 * (lo + hi);
            previousStep = newton ? step : 0.5 * width;
            if (newton && step <= 1e-15 * Math.Max(1, Math.Abs(x)))
            {
                return x;
            }
        }

        return x;
    }
}
