namespace SCOModel.Learning.Regressors;

/// <summary>The regressors by their command-line names, with the default settings `sco ml train` uses.</summary>
public static class RegressorCatalog
{
    public static IReadOnlyList<string> Kinds { get; } =
        [GaussianProcessRegressor.Name, GradientBoostingRegressor.Name, RidgeRegressor.Name, MeanRegressor.Name];

    /// <summary>The regressor of a kind, or null for an unknown kind.</summary>
    public static IRegressor? Create(string kind, int seed) => kind switch
    {
        GaussianProcessRegressor.Name => new GaussianProcessRegressor(seed),
        GradientBoostingRegressor.Name => new GradientBoostingRegressor(seed),
        RidgeRegressor.Name => new RidgeRegressor(),
        MeanRegressor.Name => new MeanRegressor(),
        _ => null,
    };
}
