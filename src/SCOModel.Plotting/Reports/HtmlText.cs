using System.Text;

namespace SCOModel.Plotting.Reports;

/// <summary>
/// Escapes text for HTML content and attribute values. Only the five markup characters are replaced: the page is
/// UTF-8, so Δ, ½ and Å stay readable in the source instead of becoming numeric entities.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
