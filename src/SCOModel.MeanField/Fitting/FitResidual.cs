using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Fitting;

/// <summary>One data point against the fitted model (for the chart of data vs fit and residuals).</summary>
/// <param name="TemperatureK">Temperature.</param>
/// <param name="Branch">The branch the point was measured on.</param>
/// <param name="Observed">The measured value (n_HS or χT).</param>
/// <param name="Model">The model's value on the same branch.</param>
/// <param name="Line">The line of the data file (0 for data made in code).</param>
public sealed record FitResidual(double TemperatureK, Branch Branch, double Observed, double Model, int Line)
{
    /// <summary>Observed − model.</summary>
    public double Residual => Observed - Model;
}
