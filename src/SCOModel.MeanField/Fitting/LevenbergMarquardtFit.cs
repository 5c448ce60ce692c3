using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// Bounded Levenberg–Marquardt for min Σ r_i(p)², with Marquardt's scaling and box constraints by projection.
/// </summary>
/// <remarks>
/// <para>Each step solves (JᵀJ + μ diag JᵀJ) δ = −Jᵀr (Marquardt's scaling makes it independent of the parameters'
/// units: ΔH in kJ/mol, ΔS in J/(mol K) and χT in cm^3 K/mol differ by orders of magnitude), projects p + δ onto the
/// bounds, and accepts it if χ² falls; μ follows Nielsen's rule (Madsen, Nielsen and Tingleff, "Methods for
/// non-linear least squares problems", 2004). A parameter sitting on a bound with the gradient pushing outward is
/// held for that step (an active set), so the others move freely.</para>
/// <para>Why not MathNet's LevenbergMarquardtMinimizer: it damps with μI (unscaled, poor for such disparate units),
/// imposes bounds through a sin/sqrt change of variables that flattens the Jacobian next to a bound, and its
/// numerical Jacobian has a fixed step. The spin-crossover model jumps at a spinodal, so a data point next to the
/// jump can cross it within a difference step: the Jacobian here takes central differences with a step relative to
/// each parameter's scale and, where the forward and backward differences of a residual disagree by more than a
/// factor 10 (a jump inside the step), the one-sided difference of smaller magnitude (the side without the jump).
/// MathNet supplies the linear algebra.</para>
/// </remarks>
public static class LevenbergMarquardtFit
{
    /// <summary>Minimises Σ r(p)² within [lower, upper].</summary>
    /// <param name="residuals">r(p): the (weighted) residuals.</param>
    /// <param name="start">The starting point (clamped into the bounds).</param>
    /// <param name="lower">Lower bounds.</param>
    /// <param name="upper">Upper bounds.</param>
    /// <param name="scales">A typical size of each parameter (sets difference steps and the step tolerance).</param>
    /// <param name="isFixed">Parameters held at their start value.</param>
    /// <param name="maxIterations">The limit on steps.</param>
    public static LeastSquaresSolution Minimize(
        Func<double[], double[]> residuals,
        double[] start,
        double[] lower,
        double[] upper,
        double[] scales,
        bool[]? isFixed = null,
        int maxIterations = 200)
    {
        ArgumentNullException.ThrowIfNull(residuals);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        ArgumentNullException.ThrowIfNull(scales);
        int n = start.Length;
        isFixed ??= new bool[n];
        if (lower.Length != n || upper.Length != n || scales.Length != n || isFixed.Length != n)
        {
            throw new ArgumentException("start, bounds, scales and fixed flags must have the same length");
        }

        var p = new double[n];
        for (int j = 0; j < n; j++)
        {
            p[j] = Math.Clamp(start[j], lower[j], upper[j]);
        }

        double[] r = residuals(p);
        double chi = SumOfSquares(r);
        var jacobian = Jacobian(residuals, p, r, lower, upper, scales, isFixed);
        double mu = -1;
        double nu = 2;
        int iterations = 0;
        var exit = LeastSquaresExit.MaxIterations;
        while (iterations < maxIterations)
        {
            iterations++;
            var (a, g) = NormalEquations(jacobian, r);
            var free = FreeParameters(p, g, lower, upper, isFixed);
            if (!free.Any(f => f) || ProjectedGradientIsZero(g, free, a, chi))
            {
                exit = LeastSquaresExit.SmallGradient;
                break;
            }

            if (mu < 0)
            {
                mu = 1e-3 * Enumerable.Range(0, n).Where(j => free[j]).Max(j => a[j, j]);
            }

            double[] step = SolveDamped(a, g, free, mu);
            var trial = new double[n];
            double scaledStep = 0;
            for (int j = 0; j < n; j++)
            {
                trial[j] = free[j] ? Math.Clamp(p[j] + step[j], lower[j], upper[j]) : p[j];
                step[j] = trial[j] - p[j];
                scaledStep = Math.Max(scaledStep, Math.Abs(step[j]) / scales[j]);
            }

            if (scaledStep < 1e-12)
            {
                exit = LeastSquaresExit.SmallStep;
                break;
            }

            double[] rTrial = residuals(trial);
            double chiTrial = SumOfSquares(rTrial);

            // Predicted decrease of the linear model: −2 gᵀδ − δᵀAδ (χ² = rᵀr, g = Jᵀr, A = JᵀJ).
            double predicted = 0;
            for (int i = 0; i < n; i++)
            {
                double aStep = 0;
                for (int j = 0; j < n; j++)
                {
                    aStep += a[i, j] * step[j];
                }

                predicted -= (2 * g[i] * step[i]) + (step[i] * aStep);
            }

            double rho = predicted > 0 ? (chi - chiTrial) / predicted : -1;
            if (double.IsFinite(chiTrial) && chiTrial < chi && rho > 0)
            {
                double reduction = (chi - chiTrial) / Math.Max(chi, 1e-300);
                p = trial;
                r = rTrial;
                chi = chiTrial;
                jacobian = Jacobian(residuals, p, r, lower, upper, scales, isFixed);
                mu *= Math.Max(1.0 / 3, 1 - Math.Pow((2 * rho) - 1, 3));
                nu = 2;
                if (reduction < 1e-12 || chi == 0)
                {
                    exit = LeastSquaresExit.RelativeReduction;
                    break;
                }
            }
            else
            {
                mu *= nu;
                nu *= 2;
                if (!double.IsFinite(mu) || mu > 1e200)
                {
                    exit = LeastSquaresExit.SmallStep;
                    break;
                }
            }
        }

        var atBound = new bool[n];
        for (int j = 0; j < n; j++)
        {
            atBound[j] = !isFixed[j] && (p[j] <= lower[j] || p[j] >= upper[j]);
        }

        return new LeastSquaresSolution(p, r, chi, jacobian, atBound, iterations, exit);
    }

    private static double SumOfSquares(double[] r)
    {
        double sum = 0;
        foreach (double v in r)
        {
            sum += v * v;
        }

        return double.IsNaN(sum) ? double.PositiveInfinity : sum;
    }

    private static (double[,] A, double[] G) NormalEquations(double[,] jacobian, double[] r)
    {
        int m = r.Length, n = jacobian.GetLength(1);
        var a = new double[n, n];
        var g = new double[n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double jij = jacobian[i, j];
                if (jij == 0)
                {
                    continue;
                }

                g[j] += jij * r[i];
                for (int k = 0; k < n; k++)
                {
                    a[j, k] += jij * jacobian[i, k];
                }
            }
        }

        return (a, g);
    }

    /// <summary>Free this step: not fixed, and not on a bound that the descent direction −g pushes against.</summary>
    private static bool[] FreeParameters(double[] p, double[] g, double[] lower, double[] upper, bool[] isFixed)
    {
        var free = new bool[p.Length];
        for (int j = 0; j < p.Length; j++)
        {
            bool blocked = (p[j] <= lower[j] && g[j] > 0) || (p[j] >= upper[j] && g[j] < 0);
            free[j] = !isFixed[j] && !blocked;
        }

        return free;
    }

    private static bool ProjectedGradientIsZero(double[] g, bool[] free, double[,] a, double chi)
    {
        // |g_j| / √(A_jj χ²) is the cosine between r and column j of J: tiny means stationary in that direction.
        for (int j = 0; j < g.Length; j++)
        {
            if (free[j] && Math.Abs(g[j]) > 1e-12 * Math.Sqrt(a[j, j] * Math.Max(chi, 1e-300)))
            {
                return false;
            }
        }

        return true;
    }

    private static double[] SolveDamped(double[,] a, double[] g, bool[] free, double mu)
    {
        int n = g.Length;
        var index = Enumerable.Range(0, n).Where(j => free[j]).ToArray();
        var matrix = Matrix<double>.Build.Dense(index.Length, index.Length);
        var rhs = Vector<double>.Build.Dense(index.Length);
        double largest = index.Max(j => a[j, j]);
        for (int i = 0; i < index.Length; i++)
        {
            for (int k = 0; k < index.Length; k++)
            {
                matrix[i, k] = a[index[i], index[k]];
            }

            // Marquardt's scaling, with a floor so that a parameter the data ignore still gets a finite step.
            matrix[i, i] += mu * Math.Max(a[index[i], index[i]], 1e-12 * largest);
            rhs[i] = -g[index[i]];
        }

        var solution = matrix.Solve(rhs);
        var step = new double[n];
        for (int i = 0; i < index.Length; i++)
        {
            step[index[i]] = double.IsFinite(solution[i]) ? solution[i] : 0;
        }

        return step;
    }

    /// <summary>
    /// ∂r_i/∂p_j by central differences (one-sided at a bound), steps 1e-6 × max(|p_j|, scale_j); where a residual's
    /// forward and backward differences differ by more than a factor 10, the smaller one (no jump inside it).
    /// </summary>
    private static double[,] Jacobian(Func<double[], double[]> residuals, double[] p, double[] r, double[] lower,
        double[] upper, double[] scales, bool[] isFixed)
    {
        int m = r.Length, n = p.Length;
        var jacobian = new double[m, n];
        for (int j = 0; j < n; j++)
        {
            if (isFixed[j])
            {
                continue;
            }

            double h = 1e-6 * Math.Max(Math.Abs(p[j]), scales[j]);
            bool canUp = p[j] + h <= upper[j];
            bool canDown = p[j] - h >= lower[j];
            double[]? up = canUp ? residuals(With(p, j, p[j] + h)) : null;
            double[]? down = canDown ? residuals(With(p, j, p[j] - h)) : null;
            for (int i = 0; i < m; i++)
            {
                double? forward = up is null ? null : (up[i] - r[i]) / h;
                double? backward = down is null ? null : (r[i] - down[i]) / h;
                jacobian[i, j] = (forward, backward) switch
                {
                    (double f, double b) when Math.Abs(f) > 10 * Math.Abs(b) + 1e-300 && Math.Abs(f - b) > 1e-6 => b,
                    (double f, double b) when Math.Abs(b) > 10 * Math.Abs(f) + 1e-300 && Math.Abs(f - b) > 1e-6 => f,
                    (double f, double b) => 0.5 * (f + b),
                    (double f, null) => f,
                    (null, double b) => b,
                    _ => 0,
                };
            }
        }

        return jacobian;
    }

    private static double[] With(double[] p, int j, double value)
    {
        var copy = (double[])p.Clone();
        copy[j] = value;
        return copy;
    }
}
