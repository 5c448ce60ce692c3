namespace SCOModel.Plotting.Charts;

/// <summary>
/// The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours that stay distinct for the
/// common forms of colour blindness and in greyscale when paired with line styles. SCOModel uses it everywhere, so the
/// same branch has the same colour in every chart.
/// </summary>
public static class Palette
{
    /// <summary>Black, #000000.</summary>
    public static Colour Black { get; } = new(0x00, 0x00, 0x00);

    /// <summary>Orange, #e69f00.</summary>
    public static Colour Orange { get; } = new(0xe6, 0x9f, 0x00);

    /// <summary>Sky blue, #56b4e9.</summary>
    public static Colour SkyBlue { get; } = new(0x56, 0xb4, 0xe9);

    /// <summary>Bluish green, #009e73.</summary>
    public static Colour BluishGreen { get; } = new(0x00, 0x9e, 0x73);

    /// <summary>Yellow, #f0e442 (weak on white: last in the series cycle).</summary>
    public static Colour Yellow { get; } = new(0xf0, 0xe4, 0x42);

    /// <summary>Blue, #0072b2.</summary>
    public static Colour Blue { get; } = new(0x00, 0x72, 0xb2);

    /// <summary>Vermillion, #d55e00.</summary>
    public static Colour Vermillion { get; } = new(0xd5, 0x5e, 0x00);

    /// <summary>Reddish purple, #cc79a7.</summary>
    public static Colour ReddishPurple { get; } = new(0xcc, 0x79, 0xa7);

    /// <summary>
    /// The order in which series without an explicit colour are coloured: strong contrasts on white first, yellow
    /// last because thin yellow lines are hard to see.
    /// </summary>
    public static IReadOnlyList<Colour> Series { get; } =
        [Blue, Vermillion, BluishGreen, Orange, ReddishPurple, SkyBlue, Black, Yellow];

    /// <summary>The colour of the i-th series (cycling).</summary>
    public static Colour ForSeries(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];
}
