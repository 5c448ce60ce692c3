using System.Text;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// The small markup that chart texts accept: "_{...}" lowers and "^{...}" raises the braced text, so an axis can read
/// n_{HS} or Å^{3} as a chemist would write it. Only the braced forms are markup: a bare underscore (as in a CSV
/// column name such as n_hs_stderr) stays literal, and an unclosed brace is printed as typed.
/// </summary>
internal static class RichText
{
    /// <summary>The runs of a marked-up text, adjacent runs of the same baseline merged.</summary>
    public static IReadOnlyList<(string Text, Baseline Baseline)> Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var runs = new List<(string Text, Baseline Baseline)>();
        var normal = new StringBuilder();
        int i = 0;
        while (i < markup.Length)
        {
            char c = markup[i];
            if ((c == '_' || c == '^') && i + 1 < markup.Length && markup[i + 1] == '{')
            {
                int close = markup.IndexOf('}', i + 2);
                if (close > i + 2)
                {
                    Flush(runs, normal);
                    runs.Add((markup[(i + 2)..close], c == '_' ? Baseline.Subscript : Baseline.Superscript));
                    i = close + 1;
                    continue;
                }
            }

            normal.Append(c);
            i++;
        }

        Flush(runs, normal);
        return runs;
    }

    /// <summary>The text without markup, e.g. for tooltips and for the accessible name of a figure.</summary>
    public static string Plain(string markup) => string.Concat(Parse(markup).Select(r => r.Text));

    private static void Flush(List<(string Text, Baseline Baseline)> runs, StringBuilder normal)
    {
        if (normal.Length > 0)
        {
            runs.Add((normal.ToString(), Baseline.Normal));
            normal.Clear();
        }
    }
}
