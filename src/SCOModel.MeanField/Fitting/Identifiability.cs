using System.Globalization;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// Warnings about what the data cannot determine: unconstrained combinations (a near-singular JᵀJ), strongly
/// correlated pairs (|r| &gt; 0.95), parameters stopped by a bound, and a fit that did not converge.
/// </summary>
internal static class Identifiability
{
    public const double CorrelationLimit = 0.95;

    /// <param name="outcome">The fit.</param>
    /// <param name="specs">The fit's parameters (in its own parametrisation), for their symbols and fixed flags.</param>
    public static List<string> Warnings(CurveFitOutcome outcome, IReadOnlyList<FitParameterSpec> specs)
    {
        var warnings = new List<string>();
        var covariance = outcome.Covariance;
        var symbols = specs.Select(s => s.Symbol).ToArray();

        // Degeneracy is judged with the parameters that stopped at a bound included: a bound often ends the slide
        // along an unconstrained direction, and the bound alone would hide why.
        var withBounds = ParameterCovariance.Of(outcome.Solution.Jacobian, outcome.Solution.ChiSquare,
            specs.Select(s => s.IsFixed).ToArray(), new bool[specs.Count]);
        foreach (var group in withBounds.Degenerate)
        {
            string names = string.Join(", ", group.Select(j => symbols[j]));
            warnings.Add(group.Length == 1
                ? $"{names} is not identifiable: the data do not depend on it; hold it fixed"
                : $"{names} are not identifiable from these data: JᵀJ is singular along a combination of them " +
                  "(they trade off exactly); hold one of them fixed");
        }

        int n = symbols.Length;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double r = covariance.Correlation(i, j);
                if (Math.Abs(r) > CorrelationLimit)
                {
                    string value = r.ToString("0.###", CultureInfo.InvariantCulture);
                    warnings.Add(
                        $"{symbols[i]} and {symbols[j]} are not separately identifiable (correlation {value}): the " +
                        "data fix a combination of them; hold one fixed or add data that separate them (a wider " +
                        "temperature range, a hysteresis loop)");
                }
            }
        }

        for (int j = 0; j < n; j++)
        {
            if (outcome.Solution.AtBound[j])
            {
                warnings.Add($"{symbols[j]} stopped at a bound of the fit; its value is a limit, not an estimate");
            }
        }

        if (!outcome.Solution.Converged)
        {
            warnings.Add($"the fit did not converge in {outcome.Solution.Iterations} iterations");
        }

        return warnings;
    }
}
