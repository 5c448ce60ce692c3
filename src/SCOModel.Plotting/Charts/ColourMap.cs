namespace SCOModel.Plotting.Charts;

/// <summary>
/// A continuous colour map, piecewise linear between evenly spaced control points. Viridis is the default: its
/// lightness rises monotonically, so it reads correctly in greyscale and for colour-blind readers.
/// </summary>
public sealed class ColourMap
{
    private readonly Colour[] _stops;

    /// <summary>A map through the given colours, evenly spaced from 0 to 1 (at least two).</summary>
    public ColourMap(string name, IReadOnlyList<Colour> stops)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(stops);
        if (stops.Count < 2)
        {
            throw new ArgumentException($"the colour map \"{name}\" needs at least two colours", nameof(stops));
        }

        Name = name;
        _stops = [.. stops];
    }

    /// <summary>
    /// Viridis (van der Walt and Smith, matplotlib 2015): the published table sampled at 0, 1/8, ..., 1 (entries 0,
    /// 32, ..., 255 of the 256-entry table). Linear interpolation between these nine stops stays within a few units
    /// per channel of the full table.
    /// </summary>
    public static ColourMap Viridis { get; } = new("viridis",
    [
        Colour.Parse("#440154"), Colour.Parse("#472d7b"), Colour.Parse("#3b528b"), Colour.Parse("#2c728e"),
        Colour.Parse("#21918c"), Colour.Parse("#28ae80"), Colour.Parse("#5ec962"), Colour.Parse("#addc30"),
        Colour.Parse("#fde725"),
    ]);

    /// <summary>The map's name.</summary>
    public string Name { get; }

    /// <summary>The control points, evenly spaced from 0 to 1.</summary>
    public IReadOnlyList<Colour> Stops => _stops;

    /// <summary>The colour at t in 0..1 (clamped).</summary>
    public Colour At(double t)
    {
        if (double.IsNaN(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "a colour map position must be a number");
        }

        double position = Math.Clamp(t, 0, 1) * (_stops.Length - 1);
        int lower = Math.Min((int)Math.Floor(position), _stops.Length - 2);
        return Colour.Lerp(_stops[lower], _stops[lower + 1], position - lower);
    }
}
