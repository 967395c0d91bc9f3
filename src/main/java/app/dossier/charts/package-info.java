/**
 * Charts from figures, headless (no JavaFX): the UI wraps {@link org.jfree.chart.JFreeChart} objects in a
 * ChartViewer, the CLI exports them.
 *
 * <p>Use: build a {@link app.dossier.charts.ChartInput} (figures, companies and reports by id, rates,
 * currency, filters), call {@link app.dossier.charts.Charts#build} with a {@link app.dossier.charts.ChartType},
 * then {@link app.dossier.charts.ChartExporter} for PNG/SVG/PDF/CSV; {@link app.dossier.charts.ChartResult#toJson()}
 * is what the CLI {@code chart} command prints. On a click, {@link app.dossier.charts.BuiltChart#sourcesAt}
 * gives the figures behind an item.
 *
 * <p>Decisions: rejected figures never count, suggested ones only on request; a burn per year counts 1/12
 * per month and a burn without {@code per} counts only when its quote names the period
 * (money/periods.json); runway (app.dossier.money.Runway, shared with the ledger) pairs cash and burn from one report when one report has both, else
 * across reports, and says which; ranges are drawn from end to end, never as a midpoint; money is converted
 * with money/exchange-rates.json (or the library's own table) and the rate is printed on the chart. PDF text is embedded as font subsets
 * from the installed fonts listed in charts/fonts.json; PDFBox cannot subset CFF-outline fonts such as the
 * Noto CJK collections, so Chinese PDF text needs a TrueType-outline CJK font (WenQuanYi Micro Hei, Droid
 * Sans Fallback, Microsoft YaHei...); without one, Chinese runs are drawn as vector shapes.
 */
package app.dossier.charts;
