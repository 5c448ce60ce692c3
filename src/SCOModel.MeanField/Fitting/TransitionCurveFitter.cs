using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Fitting;

/// <summary>A parameter of a fit as the fitter sees it: start, bounds, a typical scale, and whether it is held.</summary>
internal sealed record FitParameterSpec(
    string Name, string Symbol, string Unit, double Start, double Lower, double Upper, double Scale, bool IsFixed);

/// <summary>The switching sites' n_HS along one branch for the model parameters (the first entries of the vector).</summary>
internal delegate double[] SwitchingCurve(ReadOnlySpan<double> modelParameters, IReadOnlyList<double> temperaturesK,
    Branch branch);

/// <summary>The outcome of <see cref="TransitionCurveFitter.Fit"/>.</summary>
internal sealed record CurveFitOutcome(
    double[] Parameters, LeastSquaresSolution Solution, ParameterCovariance Covariance, double[] ModelValues,
    int DegreesOfFreedom);

/// <summary>
/// Fits a mean-field transition curve to data: the model's switching fraction x along each measured branch, seen
/// through <see cref="ObservationModel"/> (trapped fractions, χT). The parameter vector is the model's parameters
/// followed by the four observation parameters.
/// </summary>
/// <remarks>
/// Starting values: every candidate the caller proposes for the model parameters (a coarse grid built from the data)
/// is scored with the observation parameters set by a straight-line fit of the data against its x (variable
/// projection); Levenberg–Marquardt then starts from the three best and the lowest χ² wins. A single local start
/// is not enough here: χ² is flat in Γ for a gradual curve and piecewise (branch jumps) for an abrupt one.
/// </remarks>
internal sealed class TransitionCurveFitter
{
    private const int Starts = 3;

    private readonly TransitionData _data;
    private readonly IReadOnlyList<FitParameterSpec> _specs;
    private readonly int _modelCount;
    private readonly SwitchingCurve _curve;
    private readonly (Branch Branch, int[] Indices, double[] Temperatures)[] _groups;
    private readonly double[] _observed;
    private readonly double[] _weights;

    public TransitionCurveFitter(TransitionData data, IReadOnlyList<FitParameterSpec> specs, int modelCount,
        SwitchingCurve curve)
    {
        _data = data;
        _specs = specs;
        _modelCount = modelCount;
        _curve = curve;
        _groups = data.Points
            .Select((p, k) => (p.Branch, Index: k))
            .GroupBy(p => p.Branch)
            .Select(g => (g.Key, g.Select(p => p.Index).ToArray(), g.Select(p => data.Points[p.Index].TemperatureK).ToArray()))
            .ToArray();
        _observed = data.Points.Select(p => p.Value).ToArray();
        _weights = data.IsWeighted ? data.Points.Select(p => 1 / p.StdErr!.Value).ToArray() : data.Points.Select(_ => 1.0).ToArray();
    }

    /// <summary>The model's values (in the observable's units) at every data point, in data order.</summary>
    public double[] Evaluate(ReadOnlySpan<double> p)
    {
        var values = new double[_observed.Length];
        var observation = p[_modelCount..];
        foreach (var (branch, indices, temperatures) in _groups)
        {
            var x = _curve(p[.._modelCount], temperatures, branch);
            for (int k = 0; k < indices.Length; k++)
            {
                values[indices[k]] = ObservationModel.Observe(_data.Observable, x[k], observation);
            }
        }

        return values;
    }

    /// <summary>Runs the fit from the proposed model-parameter candidates.</summary>
    public CurveFitOutcome Fit(IEnumerable<double[]> modelCandidates, int maxIterations)
    {
        int n = _specs.Count;
        var lower = _specs.Select(s => s.Lower).ToArray();
        var upper = _specs.Select(s => s.Upper).ToArray();
        var scales = _specs.Select(s => s.Scale).ToArray();
        var isFixed = _specs.Select(s => s.IsFixed).ToArray();
        int free = isFixed.Count(f => !f);
        if (_observed.Length <= free)
        {
            throw new Core.Configuration.ConfigException(_data.Source, "data",
                $"{_observed.Length} points cannot determine {free} parameters; give more points or hold some fixed");
        }

        var starts = modelCandidates
            .Select(candidate => Project(candidate, lower, upper, isFixed))
            .Where(s => double.IsFinite(s.ChiSquare))
            .OrderBy(s => s.ChiSquare)
            .Take(Starts)
            .ToList();
        if (starts.Count == 0)
        {
            starts.Add((_specs.Select(s => s.Start).ToArray(), double.PositiveInfinity));
        }

        LeastSquaresSolution? best = null;
        foreach (var (start, _) in starts)
        {
            var solution = LevenbergMarquardtFit.Minimize(Residuals, start, lower, upper, scales, isFixed, maxIterations);
            if (best is null || solution.ChiSquare < best.ChiSquare * (1 - 1e-9))
            {
                best = solution;
            }
        }

        var covariance = ParameterCovariance.Of(best!.Jacobian, best.ChiSquare, isFixed, best.AtBound);
        return new CurveFitOutcome(best.Parameters, best, covariance, Evaluate(best.Parameters),
            _observed.Length - covariance.Included.Count(i => i));
    }

    private double[] Residuals(double[] p)
    {
        var model = Evaluate(p);
        var r = new double[model.Length];
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = (_observed[i] - model[i]) * _weights[i];
        }

        return r;
    }

    /// <summary>
    /// A full start vector for a candidate: the model part as proposed, the observation part from the weighted
    /// straight line y ≈ A + B x (when any observation parameter is free), and its χ².
    /// </summary>
    private (double[] Start, double ChiSquare) Project(double[] candidate, double[] lower, double[] upper, bool[] isFixed)
    {
        var p = _specs.Select(s => s.Start).ToArray();
        for (int j = 0; j < _modelCount; j++)
        {
            p[j] = isFixed[j] ? p[j] : Math.Clamp(candidate[j], lower[j], upper[j]);
        }

        var freeObservation = Enumerable.Range(_modelCount, ObservationModel.Count).Select(j => !isFixed[j]).ToArray();
        if (freeObservation.Any(f => f))
        {
            var x = new double[_observed.Length];
            foreach (var (branch, indices, temperatures) in _groups)
            {
                var curve = _curve(p.AsSpan(0, _modelCount), temperatures, branch);
                for (int k = 0; k < indices.Length; k++)
                {
                    x[indices[k]] = curve[k];
                }
            }

            var (a, b) = StraightLine(x);
            var observation = p[_modelCount..];
            ObservationModel.StartFromLine(_data.Observable, a, b, observation, freeObservation,
                lower[_modelCount..], upper[_modelCount..]);
            observation.CopyTo(p, _modelCount);
        }

        double chi = Residuals(p).Sum(r => r * r);
        return (p, double.IsNaN(chi) ? double.PositiveInfinity : chi);
    }

    private (double A, double B) StraightLine(double[] x)
    {
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double w = _weights[i] * _weights[i];
            sw += w;
            sx += w * x[i];
            sy += w * _observed[i];
            sxx += w * x[i] * x[i];
            sxy += w * x[i] * _observed[i];
        }

        double det = (sw * sxx) - (sx * sx);
        if (!(Math.Abs(det) > 1e-12 * sw * sw))
        {
            return (sy / sw, 0);
        }

        double b = ((sw * sxy) - (sx * sy)) / det;
        return ((sy - (b * sx)) / sw, b);
    }
}
