namespace SCOModel.Plotting.Charts;

/// <summary>
/// Sites at 2D positions drawn as discs coloured by state, with a legend of the states. Positions keep their aspect
/// ratio, so a triangular lattice looks triangular. The disc diameter follows the closest spacing of the sites.
/// </summary>
public sealed class LatticePicture : Plot
{
    /// <summary>A picture of the sites, each referring to one of the states by index.</summary>
    public LatticePicture(IReadOnlyList<LatticeSite> sites, IReadOnlyList<SiteState> states)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(states);
        if (states.Count == 0)
        {
            throw new ArgumentException("a lattice picture needs at least one site state", nameof(states));
        }

        for (int i = 0; i < sites.Count; i++)
        {
            var site = sites[i];
            if (site.State < 0 || site.State >= states.Count)
            {
                throw new ArgumentException(
                    $"site {i} refers to state {site.State}, but there are {states.Count} states", nameof(sites));
            }

            if (!double.IsFinite(site.X) || !double.IsFinite(site.Y))
            {
                throw new ArgumentException($"site {i} has a non-finite position ({site.X}, {site.Y})", nameof(sites));
            }
        }

        Sites = sites;
        States = states;
    }

    /// <summary>The sites.</summary>
    public IReadOnlyList<LatticeSite> Sites { get; }

    /// <summary>The states, in legend order.</summary>
    public IReadOnlyList<SiteState> States { get; }

    /// <summary>A note under the picture (e.g. "showing 4096 of 1048576 sites"); none when null.</summary>
    public string? Caption { get; init; }
}
