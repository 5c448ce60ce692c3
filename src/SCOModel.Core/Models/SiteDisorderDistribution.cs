namespace SCOModel.Core.Models;

/// <summary>The distribution of the site energies Δ_i around Δ.</summary>
public enum SiteDisorderDistribution
{
    /// <summary>Normal, standard deviation = the width.</summary>
    Gaussian,

    /// <summary>Flat on Δ ± √3·width, so that its standard deviation is the width too.</summary>
    Uniform,
}
