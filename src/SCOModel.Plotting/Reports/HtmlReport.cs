using System.Globalization;
using System.Text;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;

namespace SCOModel.Plotting.Reports;

/// <summary>
/// Builds a self-contained HTML page, section by section, in the order the methods are called: headings, paragraphs,
/// figures (inline SVG, numbered), tables and preformatted blocks (a config, the command that reproduces the run).
/// Everything is inline (no external CSS, scripts, fonts or images), so the page works offline; all text is escaped.
/// </summary>
public sealed class HtmlReport
{
    private readonly StringBuilder _body = new();
    private int _figures;

    /// <summary>A report with a title (the page title and the top heading).</summary>
    public HtmlReport(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    /// <summary>The report's title.</summary>
    public string Title { get; }

    /// <summary>A line under the title, e.g. the program version and the date; none when null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>A closing line at the bottom of the page, e.g. "Made with SCOModel 0.1.0"; none when null.</summary>
    public string? Footer { get; init; }

    /// <summary>A section heading; level 2 (a section) to 4.</summary>
    public HtmlReport AddHeading(string text, int level = 2)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 4);
        _body.Append(CultureInfo.InvariantCulture, $"<h{level}>{HtmlText.Escape(text)}</h{level}>\n");
        return this;
    }

    /// <summary>A paragraph of plain text.</summary>
    public HtmlReport AddParagraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _body.Append("<p>").Append(HtmlText.Escape(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A figure as inline SVG, numbered in order ("Figure 1."), with an optional caption.</summary>
    public HtmlReport AddFigure(Figure figure, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        _figures++;

        // Each figure gets its own id prefix: two inline SVGs sharing a clip-path id would clip each other's data.
        string svg = SvgRenderer.Render(figure, $"figure{_figures}");
        _body.Append("<figure class=\"chart\">\n").Append(svg);
        _body.Append(CultureInfo.InvariantCulture, $"<figcaption><strong>Figure {_figures}.</strong>");
        if (!string.IsNullOrWhiteSpace(caption))
        {
            _body.Append(' ').Append(HtmlText.Escape(caption));
        }

        _body.Append("</figcaption>\n</figure>\n");
        return this;
    }

    /// <summary>A two-column table of names and values (e.g. the transition summary).</summary>
    public HtmlReport AddKeyValueTable(IEnumerable<KeyValuePair<string, string>> rows, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _body.Append("<table class=\"key-value\">\n");
        AppendCaption(caption);
        _body.Append("<tbody>\n");
        foreach (var (key, value) in rows)
        {
            _body.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(key)).Append("</th>");
            AppendCell(value);
            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>A table with a header row; numeric cells are right-aligned so their digits line up.</summary>
    public HtmlReport AddTable(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows,
        string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        _body.Append("<table>\n");
        AppendCaption(caption);
        _body.Append("<thead><tr>");
        foreach (string name in header)
        {
            _body.Append("<th scope=\"col\">").Append(HtmlText.Escape(name)).Append("</th>");
        }

        _body.Append("</tr></thead>\n<tbody>\n");
        int line = 0;
        foreach (var row in rows)
        {
            line++;
            if (row.Count != header.Count)
            {
                throw new ArgumentException(
                    $"row {line} of the table has {row.Count} cells but the header has {header.Count}", nameof(rows));
            }

            _body.Append("<tr>");
            foreach (string cell in row)
            {
                AppendCell(cell);
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>A block of preformatted text (JSON, a command line), shown verbatim in a monospace font.</summary>
    public HtmlReport AddPreformatted(string text, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _body.Append("<figure class=\"listing\">\n");
        if (!string.IsNullOrWhiteSpace(caption))
        {
            _body.Append("<figcaption>").Append(HtmlText.Escape(caption)).Append("</figcaption>\n");
        }

        _body.Append("<pre><code>").Append(HtmlText.Escape(text.TrimEnd('\n', '\r'))).Append("</code></pre>\n</figure>\n");
        return this;
    }

    /// <summary>The complete page.</summary>
    public string ToHtml()
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<meta name=\"generator\" content=\"SCOModel\">\n");
        page.Append("<title>").Append(HtmlText.Escape(Title)).Append("</title>\n");
        page.Append("<style>\n").Append(ReportStyleSheet.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        page.Append("<h1>").Append(HtmlText.Escape(Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(Subtitle))
        {
            page.Append("<p class=\"subtitle\">").Append(HtmlText.Escape(Subtitle)).Append("</p>\n");
        }

        page.Append(_body);
        if (!string.IsNullOrWhiteSpace(Footer))
        {
            page.Append("<footer>").Append(HtmlText.Escape(Footer)).Append("</footer>\n");
        }

        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes the page atomically (temporary file, then rename), UTF-8 without byte-order mark.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToHtml());

    private void AppendCaption(string? caption)
    {
        if (!string.IsNullOrWhiteSpace(caption))
        {
            _body.Append("<caption>").Append(HtmlText.Escape(caption)).Append("</caption>\n");
        }
    }

    private void AppendCell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        bool numeric = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        _body.Append(numeric ? "<td class=\"num\">" : "<td>").Append(HtmlText.Escape(value)).Append("</td>");
    }
}
