namespace SCOModel.Core.Models;

/// <summary>
/// Site-energy disorder: Δ_i = Δ + δ_i with δ_i drawn independently per site (PHYSICS.md §1, Δ_i), a pure function
/// of the sample seed and the site (<see cref="SampleRandom"/>). It smears the transition over a range of local
/// equilibrium temperatures Δ_i / ln g (in the limit J = 0, n_HS(T) is the two-level curve averaged over δ).
/// </summary>
/// <param name="Distribution">Gaussian or uniform.</param>
/// <param name="WidthK">Standard deviation of δ_i in kelvin (both distributions).</param>
public sealed record SiteDisorder(SiteDisorderDistribution Distribution, double WidthK)
{
    /// <summary>δ_i of one site, in kelvin.</summary>
    public double OffsetK(ulong sampleSeed, int site) => Distribution switch
    {
        SiteDisorderDistribution.Gaussian => WidthK * SampleRandom.Gaussian(sampleSeed, SamplePurpose.SiteEnergy, site),
        SiteDisorderDistribution.Uniform =>
            WidthK * Math.Sqrt(3) * ((2 * SampleRandom.Uniform(sampleSeed, SamplePurpose.SiteEnergy, site)) - 1),
        _ => throw new InvalidOperationException($"unknown distribution {Distribution}"),
    };
}
