namespace SCOModel.Learning.Regressors;

/// <summary>
/// A learning algorithm: from a design matrix (rows of inputs) and targets to a fitted model. Implementations are
/// deterministic: the same data and settings (seed included) give the same model. This is the one seam behind which a
/// library (e.g. Microsoft.ML, not obtainable here) could replace the MathNet-based regressors.
/// </summary>
public interface IRegressor
{
    /// <summary>The short name used on the command line and in model.json: mean, ridge, gp, gbt.</summary>
    string Kind { get; }

    IRegressionModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y);
}
