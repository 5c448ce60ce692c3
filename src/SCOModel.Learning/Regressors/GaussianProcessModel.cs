using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Learning.Regressors;

/// <summary>
/// A fitted <see cref="GaussianProcessRegressor"/>: the training inputs and targets with the hyperparameters; the
/// Cholesky factor and α = K⁻¹z are recomputed from them (also when read back from model.json). The predictive
/// distribution of a new observation (Rasmussen &amp; Williams 2006, Algorithm 2.1): mean k*ᵀα, variance
/// k(x*, x*) − vᵀv + σ_n², v = L⁻¹k*, in the target's units.
/// </summary>
public sealed class GaussianProcessModel : IRegressionModel
{
    private readonly double[][] _x;
    private readonly double[] _y;
    private readonly double[] _inverseSquaredLength;
    private readonly Matrix<double> _lower;
    private readonly Vector<double> _alpha;

    public GaussianProcessModel(double[][] x, double[] y, double targetMean, double targetScale,
        IReadOnlyList<double> lengthScales, double signalSd, double noiseSd, double logMarginalLikelihood)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(lengthScales);
        _x = x;
        _y = y;
        TargetMean = targetMean;
        TargetScale = targetScale;
        LengthScales = lengthScales;
        SignalSd = signalSd;
        NoiseSd = noiseSd;
        LogMarginalLikelihood = logMarginalLikelihood;
        _inverseSquaredLength = lengthScales.Select(l => 1 / (l * l)).ToArray();
        int n = y.Length;
        var k = Matrix<double>.Build.Dense(n, n,
            (i, j) => Covariance(x[i], x[j]) + (i == j ? (noiseSd * noiseSd) + MarginalLikelihood.Jitter : 0));
        var cholesky = k.Cholesky();
        _lower = cholesky.Factor;
        _alpha = cholesky.Solve(Vector<double>.Build.Dense(y.Select(v => (v - targetMean) / targetScale).ToArray()));
    }

    public string Kind => GaussianProcessRegressor.Name;

    public double TargetMean { get; }

    public double TargetScale { get; }

    /// <summary>ℓ_d per input (in the inputs' standardised units): a long one means the input hardly matters.</summary>
    public IReadOnlyList<double> LengthScales { get; }

    /// <summary>σ_f, in units of the target's standard deviation.</summary>
    public double SignalSd { get; }

    /// <summary>σ_n, in units of the target's standard deviation.</summary>
    public double NoiseSd { get; }

    /// <summary>log p(z | X, θ) at the chosen θ (of the standardised target).</summary>
    public double LogMarginalLikelihood { get; }

    public Prediction Predict(IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        int n = _y.Length;
        var kStar = Vector<double>.Build.Dense(n, i => Covariance(_x[i], x));
        double mean = kStar.DotProduct(_alpha);
        double vv = 0;
        var v = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = kStar[i];
            for (int j = 0; j < i; j++)
            {
                sum -= _lower[i, j] * v[j];
            }

            v[i] = sum / _lower[i, i];
            vv += v[i] * v[i];
        }

        double variance = (SignalSd * SignalSd) - vv + (NoiseSd * NoiseSd);
        return new Prediction(TargetMean + (TargetScale * mean), TargetScale * TargetScale * Math.Max(variance, NoiseSd * NoiseSd));
    }

    public JsonObject Hyperparameters() => new()
    {
        ["length_scales"] = JsonArrays.Of(LengthScales),
        ["signal_sd"] = SignalSd * TargetScale,
        ["noise_sd"] = NoiseSd * TargetScale,
        ["log_marginal_likelihood"] = LogMarginalLikelihood,
    };

    public JsonObject State() => new()
    {
        ["target_mean"] = TargetMean,
        ["target_scale"] = TargetScale,
        ["length_scales"] = JsonArrays.Of(LengthScales),
        ["signal_sd_standardised"] = SignalSd,
        ["noise_sd_standardised"] = NoiseSd,
        ["log_marginal_likelihood"] = LogMarginalLikelihood,
        ["x"] = JsonArrays.Of(_x),
        ["y"] = JsonArrays.Of(_y),
    };

    private double Covariance(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        double r2 = 0;
        for (int d = 0; d < _inverseSquaredLength.Length; d++)
        {
            double diff = a[d] - b[d];
            r2 += diff * diff * _inverseSquaredLength[d];
        }

        return SignalSd * SignalSd * Math.Exp(-0.5 * r2);
    }
}
