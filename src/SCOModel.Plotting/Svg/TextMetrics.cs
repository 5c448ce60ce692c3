namespace SCOModel.Plotting.Svg;

/// <summary>
/// Estimates the width of a text in Arial-like fonts, to size margins and the legend box before any font is known
/// (the SVG is laid out here, rendered elsewhere). The per-character classes are Arial's advance widths, rounded;
/// the estimate errs on the wide side so that boxes never clip their text.
/// </summary>
internal static class TextMetrics
{
    /// <summary>The width in px of a marked-up text at a font size.</summary>
    public static double Width(string markup, double fontSize)
    {
        double width = 0;
        foreach (var (text, baseline) in RichText.Parse(markup))
        {
            double size = baseline == Baseline.Normal ? fontSize : fontSize * Typography.ScriptScale;
            foreach (char c in text)
            {
                width += Advance(c) * size;
            }
        }

        return width * 1.04;
    }

    private static double Advance(char c) => c switch
    {
        'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.24,
        'f' or 't' or 'r' or 'I' or '(' or ')' or '[' or ']' or ' ' or '/' or '-' => 0.32,
        'm' or 'w' or 'M' or 'W' or '%' or '@' => 0.85,
        '\u2212' or '+' or '=' or '×' or '<' or '>' or '~' => 0.59,
        >= '0' and <= '9' => 0.56,
        >= 'A' and <= 'Z' => 0.68,
        >= 'a' and <= 'z' => 0.53,
        _ => 0.62,
    };
}
