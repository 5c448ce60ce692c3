using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// PASCal's empirical fit of one principal strain against pressure, ε(P) = ε₀ + λ (P − P_c)^ν
/// (<see cref="EmpiricalStrainEquation"/>), with the compressibility K(P) = −dε/dP and its standard error at any pressure
/// from the covariance of the four parameters.
/// </summary>
/// <remarks>
/// <para>As PASCal (Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321; Lertkiattrakul, Evans &amp; Cliffe, J. Open
/// Source Softw. 2023; MJCliffe/PASCal, src/PASCal/fitting.py, fit_empirical_strain_pressure): all four parameters are
/// fitted by least squares in ε, P_c is held at or below the lowest pressure and ν is positive, and the compressibility
/// at each pressure is K = −λν(P − P_c)^(ν−1) in TPa⁻¹ with σ_K² = gᵀ C g, g = ∂K/∂(ε₀, λ, P_c, ν) and C the
/// parameters' covariance. PASCal quotes K at the median pressure as the headline compressibility of each axis.</para>
/// <para>Differences from PASCal, all deliberate: PASCal passes the pressure errors as the errors of the strains (with
/// all of them 1, as in its examples, the fit is unweighted); here the strains are weighted by their own errors
/// propagated from the cell parameters, with the pressure's error added as an effective variance (dε/dP σ_P)², and the
/// covariance is scaled by max(1, χ²/dof) when weighted (by χ²/dof, as PASCal always does, when unweighted). P_c is kept
/// strictly below the lowest pressure (P_c = P_min − e^s), where PASCal allows P_c = P_min, at which K(P_min) is
/// infinite. The start is the best point of a grid in (P_min − P_c, ν), on which ε₀ and λ are a linear least-squares
/// problem, so the fit does not depend on PASCal's start values; <see cref="LevenbergMarquardt"/> then refines all four.</para>
/// </remarks>
public sealed record EmpiricalStrainFit
{
    /// <summary>Four parameters and at least one degree of freedom: the fewest distinct pressures the fit accepts.</summary>
    public const int MinimumPressures = 5;

    /// <summary>K in TPa⁻¹ per K in GPa⁻¹.</summary>
    private const double PerTPa = 1000;

    /// <summary>P_min − P_c beyond this many pressure ranges marks a nearly linear strain (<see cref="IsNearlyLinear"/>).</summary>
    private const double NearlyLinearGap = 10;

    /// <summary>Correlation matrices with a larger condition number are treated as singular.</summary>
    private const double SingularCondition = 1e14;

    /// <summary>ε₀: the strain at P_c (dimensionless).</summary>
    public required FittedValue Epsilon0 { get; init; }

    /// <summary>λ, GPa^−ν: negative for an axis that shortens under pressure.</summary>
    public required FittedValue Lambda { get; init; }

    /// <summary>P_c, GPa: at most the lowest pressure of the data.</summary>
    public required FittedValue CriticalPressure { get; init; }

    /// <summary>ν, dimensionless and positive: below 1 the axis stiffens with pressure.</summary>
    public required FittedValue Nu { get; init; }

    /// <summary>The covariance of (ε₀, λ, P_c, ν) in that order; NaN where the data do not determine them.</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>Σ (residual/σ)², or the plain sum of squared strain residuals when unweighted.</summary>
    public required double ChiSquare { get; init; }

    /// <summary>Points less four.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>True when every strain had a positive error (from the cell parameters or the pressure).</summary>
    public required bool IsWeighted { get; init; }

    /// <summary>True when the fit converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>The root-mean-square strain residual (dimensionless).</summary>
    public required double RmsResidual { get; init; }

    /// <summary>The lowest pressure of the data, GPa: the bound of P_c.</summary>
    public required double LowestPressure { get; init; }

    /// <summary>
    /// True when the covariance could be computed: false when the data cannot tell the parameters apart (a straight
    /// line, ν = 1, makes P_c and ε₀ interchangeable), and every standard error is then NaN.
    /// </summary>
    public bool IsDetermined => double.IsFinite(Covariance[0, 0]);

    /// <summary>
    /// True when P_c lies at the lowest pressure to within 10⁻⁶ of the range (PASCal's bound): K diverges there, and its
    /// value and error at the lowest pressure mean little.
    /// </summary>
    public bool IsCriticalPressureAtBound { get; init; }

    /// <summary>
    /// True when P_c lies more than ten pressure ranges below the lowest pressure, or more than one when the fit did not
    /// converge: over the data the equation is then nearly a straight line (its limit P_c → −∞), the fit drifts along a
    /// valley of χ² where P_c and ν are not determined, and only K(P), close to the straight line's slope, means
    /// something.
    /// </summary>
    public bool IsNearlyLinear { get; init; }

    /// <summary>ε of the fitted equation at pressure P (GPa).</summary>
    public double StrainAt(double pressure) =>
        EmpiricalStrainEquation.Strain(pressure, Epsilon0.Value, Lambda.Value, CriticalPressure.Value, Nu.Value);

    /// <summary>K(P) = −dε/dP of the fitted equation, TPa⁻¹.</summary>
    public double CompressibilityAt(double pressure) =>
        PerTPa * EmpiricalStrainEquation.Compressibility(pressure, Lambda.Value, CriticalPressure.Value, Nu.Value);

    /// <summary>The standard error of <see cref="CompressibilityAt"/>, TPa⁻¹: √(gᵀ C g), g = ∂K/∂(ε₀, λ, P_c, ν).</summary>
    public double CompressibilityStdErrAt(double pressure) =>
        PerTPa * Propagate(EmpiricalStrainEquation.CompressibilityGradient(pressure, Lambda.Value, CriticalPressure.Value, Nu.Value));

    /// <summary>The standard error of <see cref="StrainAt"/> from the parameters' covariance.</summary>
    public double StrainStdErrAt(double pressure) =>
        Propagate(EmpiricalStrainEquation.StrainGradient(pressure, Lambda.Value, CriticalPressure.Value, Nu.Value));

    /// <summary>
    /// Fits ε₀ + λ (P − P_c)^ν to principal strains at pressures (GPa). <paramref name="strainStdErr"/> and
    /// <paramref name="pressureStdErr"/> (either may be null) weight the fit when together they give every point a
    /// positive error. Null, with the reason in <paramref name="failure"/>, when the data cannot determine the
    /// equation: fewer than <see cref="MinimumPressures"/> distinct pressures, a strain that does not change, or a fit
    /// that finds no finite minimum.
    /// </summary>
    public static EmpiricalStrainFit? Fit(IReadOnlyList<double> pressures, IReadOnlyList<double> strains,
        IReadOnlyList<double>? strainStdErr, IReadOnlyList<double>? pressureStdErr, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(pressures);
        ArgumentNullException.ThrowIfNull(strains);
        if (pressures.Count != strains.Count || (strainStdErr is not null && strainStdErr.Count != strains.Count)
            || (pressureStdErr is not null && pressureStdErr.Count != pressures.Count))
        {
            throw new ArgumentException("pressures, strains and their errors must have the same length", nameof(strains));
        }

        int distinct = pressures.Distinct().Count();
        if (distinct < MinimumPressures)
        {
            failure = $"the empirical fit ε = ε₀ + λ(P − P_c)^ν has 4 parameters and needs at least {MinimumPressures} " +
                $"distinct pressures; the data have {distinct}";
            return null;
        }

        if (!pressures.Concat(strains).All(double.IsFinite))
        {
            failure = "the empirical fit needs finite pressures and strains";
            return null;
        }

        double pMin = pressures.Min();
        double range = pressures.Max() - pMin;
        double spread = strains.Max() - strains.Min();
        if (!(spread > 1e-12 * Math.Max(1, strains.Max(Math.Abs))))
        {
            failure = "the strain does not change with pressure, so λ = 0 and P_c and ν are undetermined: " +
                "no empirical fit (K = 0 along this axis)";
            return null;
        }

        // First weighted by the strains' own errors only, then (with pressure errors) by the effective variance with
        // the slope of that first fit, as the straight lines are.
        double[] sigma = Enumerable.Range(0, strains.Count).Select(i => strainStdErr?[i] ?? 0).ToArray();
        var start = GridStart(pressures, strains, Weights(sigma), pMin, range);
        var (parameters, converged) = Refine(pressures, strains, sigma, start, pMin);
        if (pressureStdErr is not null && pressureStdErr.Any(e => e > 0))
        {
            sigma = Enumerable.Range(0, strains.Count).Select(i =>
            {
                double slope = EmpiricalStrainEquation.Compressibility(pressures[i], parameters[1], parameters[2], parameters[3]);
                double sx = slope * pressureStdErr[i];
                double sy = strainStdErr?[i] ?? 0;
                return Math.Sqrt((sy * sy) + (sx * sx));
            }).ToArray();
            (parameters, converged) = Refine(pressures, strains, sigma, parameters, pMin);
        }

        if (!parameters.All(double.IsFinite))
        {
            failure = "the empirical fit found no finite minimum";
            return null;
        }

        failure = null;
        return Result(pressures, strains, sigma, parameters, converged, pMin, range);
    }

    private double Propagate(double[] gradient)
    {
        double variance = 0;
        for (int a = 0; a < 4; a++)
        {
            for (int b = 0; b < 4; b++)
            {
                if (gradient[a] != 0 && gradient[b] != 0)
                {
                    variance += gradient[a] * Covariance[a, b] * gradient[b];
                }
            }
        }

        return variance >= 0 ? Math.Sqrt(variance) : double.NaN;
    }

    /// <summary>1/σ² when every σ is positive and finite; null (unweighted) otherwise.</summary>
    private static double[]? Weights(IReadOnlyList<double> sigma) =>
        sigma.All(s => s > 0 && double.IsFinite(s)) ? sigma.Select(s => 1 / (s * s)).ToArray() : null;

    /// <summary>
    /// The best (ε₀, λ, P_c, ν) on a grid of 41 gaps P_min − P_c from 10⁻⁴ to 10 times the pressure range and 41 values
    /// of ν from 0.05 to 3 (both logarithmic), ε₀ and λ by weighted linear least squares at each.
    /// </summary>
    private static double[] GridStart(IReadOnlyList<double> p, IReadOnlyList<double> y, double[]? w, double pMin, double range)
    {
        const int steps = 41;
        double best = double.PositiveInfinity;
        double[] start = [y.Average(), 0, pMin - range, 0.5];
        for (int g = 0; g < steps; g++)
        {
            double gap = range * Math.Pow(10, -4 + (5.0 * g / (steps - 1)));
            for (int n = 0; n < steps; n++)
            {
                double nu = 0.05 * Math.Pow(60, (double)n / (steps - 1));
                double s0 = 0, s1 = 0, s2 = 0, sy = 0, sxy = 0;
                var x = new double[p.Count];
                for (int i = 0; i < p.Count; i++)
                {
                    double wi = w?[i] ?? 1;
                    x[i] = Math.Pow(p[i] - pMin + gap, nu);
                    s0 += wi;
                    s1 += wi * x[i];
                    s2 += wi * x[i] * x[i];
                    sy += wi * y[i];
                    sxy += wi * x[i] * y[i];
                }

                double det = (s0 * s2) - (s1 * s1);
                if (!(det > 1e-300))
                {
                    continue;
                }

                double lambda = ((s0 * sxy) - (s1 * sy)) / det;
                double epsilon0 = (sy - (lambda * s1)) / s0;
                double chi = 0;
                for (int i = 0; i < p.Count; i++)
                {
                    double r = y[i] - epsilon0 - (lambda * x[i]);
                    chi += (w?[i] ?? 1) * r * r;
                }

                if (chi < best)
                {
                    best = chi;
                    start = [epsilon0, lambda, pMin - gap, nu];
                }
            }
        }

        return start;
    }

    /// <summary>
    /// Levenberg–Marquardt in (ε₀, λ, s, t) with P_c = P_min − eˢ and ν = eᵗ, which keeps P_c below every pressure and
    /// ν positive without bounds; returns (ε₀, λ, P_c, ν).
    /// </summary>
    private static (double[] Parameters, bool Converged) Refine(IReadOnlyList<double> p, IReadOnlyList<double> y,
        IReadOnlyList<double> sigma, double[] start, double pMin)
    {
        double[] transformed = [start[0], start[1], Math.Log(pMin - start[2]), Math.Log(start[3])];
        var fit = LevenbergMarquardt.Fit(
            (q, pressure) => q[0] + (q[1] * Math.Pow(pressure - pMin + Math.Exp(q[2]), Math.Exp(q[3]))),
            p, y, sigma, transformed);
        var q = fit.Parameters;
        return ([q[0], q[1], pMin - Math.Exp(q[2]), Math.Exp(q[3])], fit.Converged);
    }

    /// <summary>
    /// The fit with its covariance in (ε₀, λ, P_c, ν): (JᵀWJ)⁻¹ with the analytic Jacobian, inverted through the
    /// correlation matrix so that parameters of very different sizes do not make it look singular, and scaled as
    /// <see cref="LevenbergMarquardt"/> scales its covariance.
    /// </summary>
    private static EmpiricalStrainFit Result(IReadOnlyList<double> p, IReadOnlyList<double> y, double[] sigma,
        double[] q, bool converged, double pMin, double range)
    {
        var weights = Weights(sigma);
        int n = p.Count;
        var jacobian = Matrix<double>.Build.Dense(n, 4);
        double chi = 0, squares = 0;
        for (int i = 0; i < n; i++)
        {
            double rootWeight = weights is null ? 1 : Math.Sqrt(weights[i]);
            var gradient = EmpiricalStrainEquation.StrainGradient(p[i], q[1], q[2], q[3]);
            for (int k = 0; k < 4; k++)
            {
                jacobian[i, k] = gradient[k] * rootWeight;
            }

            double r = y[i] - EmpiricalStrainEquation.Strain(p[i], q[0], q[1], q[2], q[3]);
            squares += r * r;
            chi += r * r * rootWeight * rootWeight;
        }

        int dof = n - 4;
        double scale = weights is not null ? Math.Max(1, chi / dof) : chi / dof;
        var covariance = new double[4, 4];
        var normal = jacobian.TransposeThisAndMultiply(jacobian);
        var inverse = ScaledInverse(normal);
        for (int a = 0; a < 4; a++)
        {
            for (int b = 0; b < 4; b++)
            {
                covariance[a, b] = inverse is null ? double.NaN : inverse[a, b] * scale;
            }
        }

        FittedValue Value(int k) => new(q[k], inverse is null ? double.NaN : Math.Sqrt(covariance[k, k]));
        return new EmpiricalStrainFit
        {
            Epsilon0 = Value(0),
            Lambda = Value(1),
            CriticalPressure = Value(2),
            Nu = Value(3),
            Covariance = covariance,
            ChiSquare = chi,
            DegreesOfFreedom = dof,
            IsWeighted = weights is not null,
            Converged = converged,
            RmsResidual = Math.Sqrt(squares / n),
            LowestPressure = pMin,
            IsCriticalPressureAtBound = pMin - q[2] <= 1e-6 * range,
            IsNearlyLinear = pMin - q[2] > NearlyLinearGap * range || (!converged && pMin - q[2] > range),
        };
    }

    /// <summary>N⁻¹ = D (D N D)⁻¹ D with D = diag(N)^−½; null when D N D is singular or ill-conditioned.</summary>
    private static Matrix<double>? ScaledInverse(Matrix<double> normal)
    {
        var d = Vector<double>.Build.Dense(normal.RowCount, k => 1 / Math.Sqrt(normal[k, k]));
        if (!d.All(v => double.IsFinite(v) && v > 0) || !normal.Enumerate().All(double.IsFinite))
        {
            return null;
        }

        var scaled = Matrix<double>.Build.Dense(normal.RowCount, normal.ColumnCount, (a, b) => normal[a, b] * d[a] * d[b]);
        double condition = scaled.ConditionNumber();
        if (!(condition < SingularCondition))
        {
            return null;
        }

        var inverse = scaled.Inverse();
        return Matrix<double>.Build.Dense(normal.RowCount, normal.ColumnCount, (a, b) => inverse[a, b] * d[a] * d[b]);
    }
}
