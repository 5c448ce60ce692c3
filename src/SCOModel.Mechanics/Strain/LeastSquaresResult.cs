namespace SCOModel.Mechanics.Strain;

/// <summary>The outcome of <see cref="LevenbergMarquardt"/>: the parameters with their standard errors and covariance.</summary>
/// <param name="Parameters">The fitted parameters (held ones at their start values).</param>
/// <param name="StdErrs">Standard errors; 0 for held parameters, NaN where the data do not determine them.</param>
/// <param name="Covariance">The covariance of the parameters (zero rows and columns for held ones).</param>
/// <param name="ChiSquare">Σ (residual/σ)², or the plain sum of squares when unweighted.</param>
/// <param name="DegreesOfFreedom">Points less free parameters.</param>
/// <param name="IsWeighted">True when every point had a positive σ.</param>
/// <param name="Converged">True when the steps became negligible before the iteration limit.</param>
internal sealed record LeastSquaresResult(
    IReadOnlyList<double> Parameters,
    IReadOnlyList<double> StdErrs,
    double[,] Covariance,
    double ChiSquare,
    int DegreesOfFreedom,
    bool IsWeighted,
    bool Converged)
{
    /// <summary>χ² per degree of freedom; NaN without degrees of freedom.</summary>
    public double ReducedChiSquare => DegreesOfFreedom > 0 ? ChiSquare / DegreesOfFreedom : double.NaN;
}
