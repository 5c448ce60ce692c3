using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace SCOModel.Learning.Regressors;

/// <summary>
/// Gaussian-process regression with an automatic-relevance-determination squared-exponential kernel plus white noise,
/// k(x, x′) = σ_f² exp(−½ Σ_d (x_d − x′_d)²/ℓ_d²) + σ_n² δ(x, x′) (Rasmussen &amp; Williams, Gaussian Processes for
/// Machine Learning, MIT Press 2006, eqs. 2.31 and 5.2). The target is standardised; the hyperparameters
/// θ = (log ℓ_1..ℓ_D, log σ_f, log σ_n) maximise the log marginal likelihood (ibid. eq. 5.8) with its analytic gradient
/// (eq. 5.9) by BFGS, from a default start and a few random restarts drawn from a seeded generator (the likelihood is
/// multimodal, ibid. §5.4.1). A soft box keeps θ in a sane range (length scales 10⁻²…10³ of a standardised input,
/// σ_n ≥ 10⁻³ of the target's spread) so that a degenerate optimum (σ_n → 0, interpolating noise) is not reached.
/// </summary>
public sealed class GaussianProcessRegressor : IRegressor
{
    public const string Name = "gp";

    private const double MinLogLength = -4.6; // ln 0.01
    private const double MaxLogLength = 6.9; // ln 1000
    private const double MinLogSignal = -4.6;
    private const double MaxLogSignal = 2.3;
    private const double MinLogNoise = -6.9; // ln 0.001
    private const double MaxLogNoise = 1.0;
    private const double BoxStiffness = 10;

    public GaussianProcessRegressor(int seed = 0, int restarts = 2, int maxIterations = 150)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(restarts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        Seed = seed;
        Restarts = restarts;
        MaxIterations = maxIterations;
    }

    public int Seed { get; }

    /// <summary>Random starts after the default one.</summary>
    public int Restarts { get; }

    public int MaxIterations { get; }

    public string Kind => Name;

    public IRegressionModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = y.Count;
        if (n < 2 || x.Count != n)
        {
            throw new ArgumentException("need one input row per target and at least two rows", nameof(x));
        }

        int dims = x[0].Length;
        double yMean = y.Average();
        double yScale = Math.Sqrt(y.Sum(v => (v - yMean) * (v - yMean)) / (n - 1));
        if (!(yScale > 0))
        {
            yScale = 1;
        }

        double[] z = y.Select(v => (v - yMean) / yScale).ToArray();
        var likelihood = new MarginalLikelihood(x, z);
        var random = new Random(Seed);
        var starts = new List<double[]> { DefaultStart(x, dims) };
        for (int r = 0; r < Restarts; r++)
        {
            var start = new double[dims + 2];
            for (int d = 0; d < dims; d++)
            {
                start[d] = -1 + (3 * random.NextDouble());
            }

            start[dims] = -1 + (2 * random.NextDouble());
            start[dims + 1] = -4 + (3.5 * random.NextDouble());
            starts.Add(start);
        }

        double[]? best = null;
        double bestValue = double.PositiveInfinity;
        foreach (double[] start in starts)
        {
            // Every evaluation is a candidate: a line search that gives up still leaves its best point. The value and
            // the gradient come from one factorisation, cached for the point last evaluated.
            double[]? cachedAt = null;
            (double Value, double[] Gradient) cached = default;
            (double Value, double[] Gradient) Evaluate(Vector<double> theta)
            {
                double[] point = theta.ToArray();
                if (cachedAt is null || !cachedAt.AsSpan().SequenceEqual(point))
                {
                    cached = Penalised(likelihood, point, dims);
                    cachedAt = point;
                    if (cached.Value < bestValue)
                    {
                        bestValue = cached.Value;
                        best = point;
                    }
                }

                return cached;
            }

            var objective = ObjectiveFunction.Gradient(
                theta => Evaluate(theta).Value,
                theta => Vector<double>.Build.Dense(Evaluate(theta).Gradient));
            try
            {
                new BfgsMinimizer(1e-5, 1e-7, 1e-9, MaxIterations).FindMinimum(objective, Vector<double>.Build.Dense(start));
            }
            catch (Exception e) when (e is MaximumIterationsException or InnerOptimizationException or ArgumentException
                or InvalidOperationException or ArithmeticException)
            {
                // Keep the best point seen so far; the other starts still run.
            }
        }

        if (best is null)
        {
            throw new InvalidOperationException("the Gaussian-process likelihood could not be evaluated at any start");
        }

        return new GaussianProcessModel(x.Select(r => (double[])r.Clone()).ToArray(), y.ToArray(), yMean, yScale,
            best.Take(dims).Select(Math.Exp).ToArray(), Math.Exp(best[dims]), Math.Exp(best[dims + 1]), -bestValue);
    }

    /// <summary>ℓ_d = the input's spread (1 for standardised inputs), σ_f = 1, σ_n = 0.3 of the target's spread.</summary>
    private static double[] DefaultStart(IReadOnlyList<double[]> x, int dims)
    {
        var start = new double[dims + 2];
        for (int d = 0; d < dims; d++)
        {
            double mean = x.Average(r => r[d]);
            double sd = Math.Sqrt(x.Sum(r => (r[d] - mean) * (r[d] - mean)) / x.Count);
            start[d] = Math.Clamp(Math.Log(sd > 0 ? sd : 1), MinLogLength, MaxLogLength);
        }

        start[dims] = 0;
        start[dims + 1] = Math.Log(0.3);
        return start;
    }

    /// <summary>The negative log marginal likelihood plus the soft box, and its gradient.</summary>
    private static (double Value, double[] Gradient) Penalised(MarginalLikelihood likelihood, double[] theta, int dims)
    {
        var (value, gradient) = likelihood.NegativeLogAndGradient(theta);
        for (int k = 0; k < theta.Length; k++)
        {
            var (low, high) = k < dims ? (MinLogLength, MaxLogLength)
                : k == dims ? (MinLogSignal, MaxLogSignal) : (MinLogNoise, MaxLogNoise);
            double excess = theta[k] < low ? theta[k] - low : theta[k] > high ? theta[k] - high : 0;
            value += BoxStiffness * excess * excess;
            gradient[k] += 2 * BoxStiffness * excess;
        }

        return (value, gradient);
    }
}
