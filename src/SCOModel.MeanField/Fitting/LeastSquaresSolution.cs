namespace SCOModel.MeanField.Fitting;

/// <summary>What <see cref="LevenbergMarquardtFit"/> returns.</summary>
/// <param name="Parameters">The minimising parameters (fixed ones at their given values).</param>
/// <param name="Residuals">The residuals r_i(p) at the minimum (weighted as the caller defined them).</param>
/// <param name="ChiSquare">Σ r_i².</param>
/// <param name="Jacobian">∂r_i/∂p_j at the minimum, [residual, parameter]; zero columns for fixed parameters.</param>
/// <param name="AtBound">Which parameters ended on a bound.</param>
/// <param name="Iterations">Accepted and rejected steps taken.</param>
/// <param name="Exit">Why it stopped.</param>
public sealed record LeastSquaresSolution(
    double[] Parameters,
    double[] Residuals,
    double ChiSquare,
    double[,] Jacobian,
    bool[] AtBound,
    int Iterations,
    LeastSquaresExit Exit)
{
    /// <summary>True when the minimiser stopped because it converged, not because it ran out of iterations.</summary>
    public bool Converged => Exit != LeastSquaresExit.MaxIterations;
}

/// <summary>Why a least-squares minimisation stopped (after MathNet's ExitCondition).</summary>
public enum LeastSquaresExit
{
    /// <summary>The relative decrease of χ² fell below the tolerance.</summary>
    RelativeReduction,

    /// <summary>The scaled step fell below the tolerance.</summary>
    SmallStep,

    /// <summary>The projected gradient vanished (within rounding).</summary>
    SmallGradient,

    /// <summary>The iteration limit was reached.</summary>
    MaxIterations,
}
