namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// Newton's method kept inside a sign-changing bracket (a bisection step whenever Newton would leave it), for the
/// smooth one-dimensional equations of the wine-rack: converges quadratically near the root and never escapes.
/// </summary>
internal static class BracketedNewton
{
    private const int MaxIterations = 200;

    /// <summary>
    /// The root of f in [lower, upper], where f(lower) and f(upper) differ in sign (or one is zero); the function gives
    /// f and f'. Stops when a step or the bracket is below <paramref name="tolerance"/> (absolute, floored at a few ulp of x).
    /// </summary>
    public static double FindRoot(Func<double, (double Value, double Slope)> f, double lower, double upper, double tolerance)
    {
        double fLower = f(lower).Value;
        if (fLower == 0)
        {
            return lower;
        }

        double fUpper = f(upper).Value;
        if (fUpper == 0)
        {
            return upper;
        }

        if (Math.Sign(fLower) == Math.Sign(fUpper))
        {
            throw new ArgumentException("the bracket does not change sign");
        }

        double x = 0.5 * (lower + upper);
        for (int i = 0; i < MaxIterations; i++)
        {
            var (value, slope) = f(x);
            if (value == 0)
            {
                return x;
            }

            if (Math.Sign(value) == Math.Sign(fLower))
            {
                lower = x;
            }
            else
            {
                upper = x;
            }

            double next = x - (value / slope);
            if (!(next > Math.Min(lower, upper) && next < Math.Max(lower, upper)))
            {
                next = 0.5 * (lower + upper);
            }

            double floor = Math.Max(tolerance, 1e-15 * Math.Abs(x));
            if (Math.Abs(next - x) <= floor || Math.Abs(upper - lower) <= floor)
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
