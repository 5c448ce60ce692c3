namespace SCOModel.Core.PhaseDiagrams;

/// <summary>
/// A least-squares straight line y = a + b x with the covariance of (a, b): weighted by 1/σ² when every point has an
/// error bar, unweighted otherwise. The covariance is scaled by the reduced χ² when that exceeds 1 (weighted) or
/// estimated from the residuals (unweighted), so the errors include the scatter the error bars do not explain.
/// </summary>
/// <param name="Intercept">a.</param>
/// <param name="Slope">b.</param>
/// <param name="VarianceIntercept">var(a).</param>
/// <param name="VarianceSlope">var(b).</param>
/// <param name="Covariance">cov(a, b).</param>
public sealed record StraightLineFit(double Intercept, double Slope, double VarianceIntercept, double VarianceSlope, double Covariance)
{
    /// <summary>Standard error of the slope.</summary>
    public double SlopeStdErr => Math.Sqrt(VarianceSlope);

    /// <summary>y at x.</summary>
    public double At(double x) => Intercept + (Slope * x);

    /// <summary>Standard error of y at x.</summary>
    public double StdErrAt(double x) =>
        Math.Sqrt(Math.Max(0, VarianceIntercept + (x * x * VarianceSlope) + (2 * x * Covariance)));

    /// <summary>
    /// Where the line crosses zero, x0 = −a/b, and its standard error from ∂x0/∂a = −1/b, ∂x0/∂b = a/b².
    /// </summary>
    public (double Root, double StdErr) Root()
    {
        double root = -Intercept / Slope;
        double variance = (VarianceIntercept + (root * root * VarianceSlope) + (2 * root * Covariance)) / (Slope * Slope);
        return (root, Math.Sqrt(Math.Max(0, variance)));
    }

    /// <summary>Fits the points; null for fewer than two distinct x.</summary>
    public static StraightLineFit? Of(IReadOnlyList<(double X, double Y, double Err)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Select(p => p.X).Distinct().Count() < 2)
        {
            return null;
        }

        bool weighted = points.All(p => p.Err > 0 && double.IsFinite(p.Err));
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        foreach (var (x, y, err) in points)
        {
            double w = weighted ? 1 / (err * err) : 1;
            s += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }

        double det = (s * sxx) - (sx * sx);
        double slope = ((s * sxy) - (sx * sy)) / det;
        double intercept = ((sxx * sy) - (sx * sxy)) / det;
        int dof = points.Count - 2;
        double chi2 = points.Sum(p =>
        {
            double r = p.Y - intercept - (slope * p.X);
            return weighted ? r * r / (p.Err * p.Err) : r * r;
        });

        // Weighted: (XᵀWX)⁻¹, inflated by χ²/dof when the scatter exceeds the error bars. Unweighted: σ² (XᵀX)⁻¹ with
        // σ² = RSS/dof (zero for two points, which determine the line exactly).
        double scale = weighted
            ? (dof > 0 ? Math.Max(1, chi2 / dof) : 1)
            : (dof > 0 ? chi2 / dof : 0);
        return new StraightLineFit(intercept, slope, scale * sxx / det, scale * s / det, -scale * sx / det);
    }
}
