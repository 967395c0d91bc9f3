package app.dossier.importing;

import app.dossier.analysis.ReportAnalysis;
import app.dossier.model.Report;

/**
 * A new report as a worker thread made it ready for the writer: its cleaned text and metadata, the
 * charset it was decoded from, and what analysis found in it (the search index is fed from this,
 * never from reading the report back), and its near-duplicate signature (null for a text too short),
 * made on the worker so the one writer only compares it.
 */
public record AnalysedReport(Report report, String charset, ReportAnalysis.Result found, byte[] signature) {
}
