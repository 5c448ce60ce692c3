using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// A small Levenberg–Marquardt least-squares fit of y = f(x; p) for the few-parameter equations here (Birch–Murnaghan,
/// three parameters at most; PASCal's empirical strain equation, four).
/// </summary>
/// <remarks>
/// Each step solves (JᵀJ + μ diag JᵀJ) δ = Jᵀr (Marquardt's scaling, so that V₀ in Å³ and B′ near 4 are treated
/// alike) and is kept when χ² falls; μ then shrinks, otherwise it grows (Madsen, Nielsen &amp; Tingleff, "Methods for
/// non-linear least squares problems", 2004). The Jacobian is by central differences. The covariance is (JᵀWJ)⁻¹ scaled
/// as <see cref="SCOModel.Core.PhaseDiagrams.StraightLineFit"/> scales it: by χ²/dof when unweighted, by max(1, χ²/dof)
/// when weighted, so that the errors include any scatter the error bars do not explain. SCOModel.MeanField has its own
/// bounded fit for the spin-crossover curves; Mechanics does not depend on it.
/// </remarks>
internal static class LevenbergMarquardt
{
    public static LeastSquaresResult Fit(
        Func<double[], double, double> model,
        IReadOnlyList<double> x,
        IReadOnlyList<double> y,
        IReadOnlyList<double>? sigma,
        double[] start,
        bool[]? isFixed = null,
        int maxIterations = 500)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(start);
        isFixed ??= new bool[start.Length];
        int[] free = Enumerable.Range(0, start.Length).Where(j => !isFixed[j]).ToArray();
        bool weighted = sigma is not null && sigma.Count == y.Count && sigma.All(s => s > 0 && double.IsFinite(s));
        double Weight(int i) => weighted ? 1 / sigma![i] : 1;

        double[] Residuals(double[] p) => Enumerable.Range(0, y.Count).Select(i => (y[i] - model(p, x[i])) * Weight(i)).ToArray();
        static double SumOfSquares(double[] r) => r.Sum(v => v * v);

        Matrix<double> Jacobian(double[] p)
        {
            var jacobian = Matrix<double>.Build.Dense(y.Count, free.Length);
            for (int k = 0; k < free.Length; k++)
            {
                int j = free[k];
                double h = 1e-6 * (Math.Abs(p[j]) + 1e-3);
                var up = (double[])p.Clone();
                var down = (double[])p.Clone();
                up[j] += h;
                down[j] -= h;
                for (int i = 0; i < y.Count; i++)
                {
                    jacobian[i, k] = (model(up, x[i]) - model(down, x[i])) / (2 * h) * Weight(i);
                }
            }

            return jacobian;
        }

        var p = (double[])start.Clone();
        double chi = SumOfSquares(Residuals(p));
        double mu = 1e-3;
        bool converged = false;
        for (int iteration = 0; iteration < maxIterations && free.Length > 0 && double.IsFinite(chi); iteration++)
        {
            var jacobian = Jacobian(p);
            var normal = jacobian.TransposeThisAndMultiply(jacobian);
            var gradient = jacobian.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(Residuals(p)));
            bool stepped = false;
            while (mu < 1e12)
            {
                var damped = normal.Clone();
                for (int k = 0; k < free.Length; k++)
                {
                    damped[k, k] += mu * Math.Max(normal[k, k], 1e-300);
                }

                var delta = damped.Solve(gradient);
                var trial = (double[])p.Clone();
                for (int k = 0; k < free.Length; k++)
                {
                    trial[free[k]] += delta[k];
                }

                double trialChi = SumOfSquares(Residuals(trial));
                if (double.IsFinite(trialChi) && trialChi <= chi)
                {
                    bool small = Enumerable.Range(0, free.Length)
                        .All(k => Math.Abs(delta[k]) <= 1e-12 * (Math.Abs(p[free[k]]) + 1e-12));
                    double drop = chi - trialChi;
                    p = trial;
                    chi = trialChi;
                    mu = Math.Max(mu / 3, 1e-12);
                    stepped = true;
                    converged = small || drop <= 1e-15 * Math.Max(chi, 1e-300);
                    break;
                }

                mu *= 4;
            }

            if (!stepped)
            {
                // No step lowers χ²: p is a minimum to working precision.
                converged = true;
            }

            if (converged)
            {
                break;
            }
        }

        return Result(p, chi, free, weighted, converged, Jacobian(p), y.Count);
    }

    private static LeastSquaresResult Result(double[] p, double chi, int[] free, bool weighted, bool converged,
        Matrix<double> jacobian, int points)
    {
        int n = p.Length;
        int dof = points - free.Length;
        var covariance = new double[n, n];
        var stdErrs = new double[n];
        double scale = weighted ? (dof > 0 ? Math.Max(1, chi / dof) : 1) : (dof > 0 ? chi / dof : double.NaN);
        var normal = jacobian.TransposeThisAndMultiply(jacobian);
        bool invertible = free.Length > 0 && normal.Determinant() is double det && det != 0 && double.IsFinite(det);
        var inverse = invertible ? normal.Inverse() : null;
        for (int a = 0; a < free.Length; a++)
        {
            for (int b = 0; b < free.Length; b++)
            {
                covariance[free[a], free[b]] = inverse is null ? double.NaN : inverse[a, b] * scale;
            }
        }

        for (int j = 0; j < n; j++)
        {
            int k = Array.IndexOf(free, j);
            stdErrs[j] = k < 0 ? 0 : Math.Sqrt(covariance[j, j]);
        }

        return new LeastSquaresResult(p, stdErrs, covariance, chi, dof, weighted, converged);
    }
}
