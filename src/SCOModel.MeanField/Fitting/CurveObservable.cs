namespace SCOModel.MeanField.Fitting;

/// <summary>What a measured transition curve records.</summary>
public enum CurveObservable
{
    /// <summary>The high-spin fraction n_HS (column n_hs), dimensionless.</summary>
    HighSpinFraction,

    /// <summary>The molar χT (column chiT), cm^3 K/mol.</summary>
    ChiT,
}
