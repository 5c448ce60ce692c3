namespace SCOModel.Core.Protocols;

/// <summary>The spin configuration a path starts from.</summary>
public enum InitialState
{
    /// <summary>All sites low spin (s = −1).</summary>
    Ls,

    /// <summary>All sites high spin (s = +1).</summary>
    Hs,

    /// <summary>Each site HS or LS with probability 1/2, from the run's seed.</summary>
    Random,
}
