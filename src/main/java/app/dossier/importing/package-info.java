/**
 * Import: from a file's original bytes to a clean article ({@link app.dossier.importing.DocumentReader}).
 *
 * <p>The pipeline, one small class per step:
 * <ol>
 *   <li>{@code FormatSniffer}: PDF by its header wherever the name says otherwise; binary signatures and
 *       control bytes refused; HTML and Markdown recognised by content after decoding.</li>
 *   <li>{@code TextDecoder}: byte-order mark, BOM-less UTF-16, valid UTF-8, the page's declared label
 *       (read as browsers do, {@code CharsetLabels}), then GB18030 / Big5 scored by
 *       {@code HanCommonness}, windows-1252, and ICU's guess checked for words.</li>
 *   <li>Per format: {@code HtmlArticleExtractor} (jsoup, parse only), {@code MarkdownCleaner},
 *       {@code PdfTextExtractor} with {@code PageFurniture}.</li>
 *   <li>Shared cleaning: {@code RomanizationRemover}, {@code PageDebrisFilter} (vocabulary in
 *       {@code importing/boilerplate.json}), {@code LineUnwrapper} with {@code LineJoiner},
 *       {@code SpacedHyphenRepair} ({@code importing/spacing.json}).</li>
 *   <li>Metadata: {@code TitleFinder}, {@code DateFinder} ({@code importing/months.json}),
 *       {@code SourceFinder}, {@code LanguageDetector} ({@code importing/languages.json}).</li>
 * </ol>
 */
package app.dossier.importing;
