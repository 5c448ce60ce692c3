using System.Globalization;

namespace SCOModel.Plotting.Charts;

/// <summary>An opaque sRGB colour, written to SVG as #rrggbb.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    /// <summary>The colour as #rrggbb (lower case).</summary>
    public string Hex => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>Parses #rrggbb (or rrggbb).</summary>
    public static Colour Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        string digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int rgb))
        {
            throw new FormatException($"\"{hex}\" is not a colour of the form #rrggbb");
        }

        return new Colour((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary>The colour a fraction t (0..1) of the way from a to b, interpolated per sRGB channel.</summary>
    public static Colour Lerp(Colour a, Colour b, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new Colour(Channel(a.R, b.R, t), Channel(a.G, b.G, t), Channel(a.B, b.B, t));
    }

    /// <inheritdoc/>
    public override string ToString() => Hex;

    private static byte Channel(byte a, byte b, double t) => (byte)Math.Round(a + ((b - a) * t));
}
