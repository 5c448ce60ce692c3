namespace SCOModel.MeanField.Fitting;

/// <summary>The correlation matrix of fitted parameters, by name (NaN where a parameter's error is undefined).</summary>
/// <param name="Names">The parameters, in order.</param>
/// <param name="Values">Values[i][j] = cov_ij / (σ_i σ_j).</param>
public sealed record CorrelationMatrix(IReadOnlyList<string> Names, IReadOnlyList<IReadOnlyList<double>> Values)
{
    /// <summary>The correlation of two parameters by name.</summary>
    public double this[string a, string b]
    {
        get
        {
            int i = IndexOf(a), j = IndexOf(b);
            return Values[i][j];
        }
    }

    private int IndexOf(string name)
    {
        for (int k = 0; k < Names.Count; k++)
        {
            if (Names[k] == name)
            {
                return k;
            }
        }

        throw new KeyNotFoundException($"no fitted parameter '{name}'; fitted: {string.Join(", ", Names)}");
    }
}
