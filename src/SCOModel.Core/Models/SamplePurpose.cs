namespace SCOModel.Core.Models;

/// <summary>What a draw of <see cref="SampleRandom"/> decides: each purpose has its own stream.</summary>
public enum SamplePurpose : ulong
{
    /// <summary>The offset of Δ_i (<see cref="SiteDisorder"/>).</summary>
    SiteEnergy = 1,

    /// <summary>Which sites are trapped HS or LS (<see cref="TrappedSites"/>).</summary>
    Trapping = 2,

    /// <summary>Which sites are inert and removed (dilution).</summary>
    Dilution = 3,

    /// <summary>Which molecules make a halogen contact (<see cref="HalogenContactBonds"/>).</summary>
    HalogenContact = 4,
}
