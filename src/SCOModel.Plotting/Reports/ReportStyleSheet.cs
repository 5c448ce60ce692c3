namespace SCOModel.Plotting.Reports;

/// <summary>
/// The report's CSS, inlined in the page so that it renders the same offline, from an e-mail attachment or an
/// archive years later: system fonts only, no web fonts, no external files. Prints cleanly (no figure or table split
/// across pages).
/// </summary>
internal static class ReportStyleSheet
{
    public const string Css = """
        :root { color-scheme: light; }
        body {
          margin: 0; background: #ffffff; color: #1a1a1a; line-height: 1.5;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
        }
        main { max-width: 880px; margin: 0 auto; padding: 32px 24px 48px; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.25rem; }
        .subtitle { color: #555555; margin: 0 0 1.5rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 1px solid #dddddd; }
        h3 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
        p { margin: 0.6rem 0; }
        figure { margin: 1.2rem 0; }
        figure.chart svg { display: block; width: 100%; max-width: 800px; height: auto; margin: 0 auto; }
        figcaption { color: #444444; font-size: 0.92rem; margin-top: 0.4rem; }
        figure.listing figcaption { margin: 0 0 0.3rem; font-weight: 600; color: #333333; }
        table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.95rem; font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
        th, td { padding: 0.3rem 0.9rem; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
        thead th { background: #f5f5f5; border-bottom: 1px solid #cfcfcf; font-weight: 600; }
        tbody th { font-weight: 600; white-space: nowrap; }
        td.num { text-align: right; }
        pre {
          margin: 0; padding: 0.8rem 1rem; overflow-x: auto; background: #f6f8fa; border: 1px solid #e1e4e8;
          border-radius: 4px; font-size: 0.85rem; line-height: 1.45;
        }
        code, pre { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; }
        footer { margin-top: 3rem; padding-top: 0.6rem; border-top: 1px solid #dddddd; color: #666666; font-size: 0.85rem; }
        @media print {
          main { max-width: none; padding: 0; }
          figure, table, pre { break-inside: avoid; }
          pre { white-space: pre-wrap; }
        }
        """;
}
