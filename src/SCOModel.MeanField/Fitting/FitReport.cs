namespace SCOModel.MeanField.Fitting;

/// <summary>
/// The reported parameters of a transition fit. Fits vary (T1/2, ΔS, ...) and report (ΔH, ΔS, ...) with
/// ΔH = T1/2 ΔS − offset (kJ/mol from K × J/(mol K); the offset, P ΔV when T1/2 is taken at the data's pressure P,
/// refers ΔH to P = 0); the covariance follows by the linear map C_q = G C_p Gᵀ (a constant offset does not enter).
/// </summary>
internal sealed record FitReport(IReadOnlyList<FitParameter> Parameters, CorrelationMatrix Correlation, double THalfStdErr)
{
    /// <param name="specs">The fit's parameters; the first two must be T1/2 (K) and ΔS (J/(mol K)).</param>
    /// <param name="outcome">The fit.</param>
    /// <param name="reported">Which of the fit's parameters to report, in order (index 0 is reported as ΔH).</param>
    /// <param name="deltaHOffsetKJPerMol">Subtracted from T1/2 ΔS to give the reported ΔH (kJ/mol).</param>
    public static FitReport Build(IReadOnlyList<FitParameterSpec> specs, CurveFitOutcome outcome, IReadOnlyList<int> reported,
        double deltaHOffsetKJPerMol = 0)
    {
        var p = outcome.Parameters;
        var cov = outcome.Covariance.Covariance;
        int n = p.Length;
        var g = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            g[j, j] = 1;
        }

        g[0, 0] = p[1] / 1000;
        g[0, 1] = p[0] / 1000;
        var q = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    for (int k = 0; k < n; k++)
                    {
                        if (g[a, i] != 0 && g[b, k] != 0)
                        {
                            sum += g[a, i] * cov[i, k] * g[b, k];
                        }
                    }
                }

                q[a, b] = sum;
            }
        }

        var values = (double[])p.Clone();
        values[0] = (p[0] * p[1] / 1000) - deltaHOffsetKJPerMol;
        var parameters = reported.Select(j => new FitParameter(
            j == 0 ? "deltaH_kJmol" : specs[j].Name,
            j == 0 ? "ΔH" : specs[j].Symbol,
            j == 0 ? "kJ/mol" : specs[j].Unit,
            values[j],
            specs[j].IsFixed ? double.NaN : Math.Sqrt(q[j, j]),
            specs[j].IsFixed,
            outcome.Solution.AtBound[j])).ToArray();

        var fitted = reported.Where(j => !specs[j].IsFixed).ToArray();
        double Correlation(int a, int b)
        {
            double sa = Math.Sqrt(q[a, a]), sb = Math.Sqrt(q[b, b]);
            return double.IsFinite(sa) && double.IsFinite(sb) && sa > 0 && sb > 0 ? q[a, b] / (sa * sb) : double.NaN;
        }

        var correlation = new CorrelationMatrix(
            fitted.Select(j => parameters[reported.ToList().IndexOf(j)].Name).ToArray(),
            fitted.Select(a => (IReadOnlyList<double>)fitted.Select(b => Correlation(a, b)).ToArray()).ToArray());
        return new FitReport(parameters, correlation, outcome.Covariance.StdErr(0));
    }

    /// <summary>Warnings about the data themselves (inserted before the fit's own).</summary>
    public static IEnumerable<string> DataWarnings(TransitionData data, CurveFeatures features)
    {
        if (!features.Rises)
        {
            yield return "the data fall with temperature: a thermal spin crossover rises (LS at low, HS at high T)";
        }

        int withError = data.Points.Count(p => p.StdErr is > 0);
        if (withError > 0 && !data.IsWeighted)
        {
            yield return $"only {withError} of {data.Points.Count} points have a positive standard error: the fit is unweighted";
        }
    }

    /// <summary>The residuals of every data point against the fitted model values.</summary>
    public static FitResidual[] Residuals(TransitionData data, CurveFitOutcome outcome) =>
        data.Points.Select((point, k) =>
            new FitResidual(point.TemperatureK, point.Branch, point.Value, outcome.ModelValues[k], point.Line)).ToArray();
}
