package app.dossier.charts;

import app.dossier.model.ReviewStatus;

import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Report;
import app.dossier.money.Runway;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures a chart may use, given the user's choices, and how they are named: company labels,
 * report titles, tooltips. Rejected figures never count; suggested ones only on request.
 */
final class FigureSelection {
    private static final int QUOTE_CHARS = 160;

    private final ChartInput input;

    FigureSelection(ChartInput input) {
        this.input = input;
    }

    ChartInput input() {
        return input;
    }

    /** Figures of the given metrics that carry a company and pass the status, company and period filters. */
    List<Figure> usable(Set<String> metrics) {
        return input.figures().stream()
                .filter(f -> metrics.contains(f.metric()))
                .filter(f -> f.companyId() != null && !f.companyId().isBlank())
                .filter(this::statusCounts)
                .filter(f -> input.companyFilter().isEmpty() || input.companyFilter().contains(f.companyId()))
                .filter(f -> input.period() == null || input.period().equals(f.period()))
                .collect(Collectors.toList());
    }

    private boolean statusCounts(Figure f) {
        ReviewStatus status = f.status() == null ? ReviewStatus.SUGGESTED : f.status();
        if (status == ReviewStatus.REJECTED) {
            return false;
        }
        return status != ReviewStatus.SUGGESTED || input.includeSuggested();
    }

    /**
     * English name, or, when the user prefers the original script, the name as the source reports write it
     * (MiniMax where they write MiniMax, 智譜 in a traditional-Chinese report); a Chinese alias when no report says.
     */
    String companyName(String companyId) {
        Company c = input.companies().get(companyId);
        if (c == null) {
            return companyId;
        }
        if (input.originalScriptNames()) {
            String written = input.writtenNames().get(companyId);
            if (written != null && !written.isBlank()) {
                return written;
            }
            for (String alias : c.aliases()) {
                if (hasHan(alias)) {
                    return alias;
                }
            }
        }
        return c.name();
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    String reportTitle(String reportId) {
        Report r = input.reports().get(reportId);
        if (r == null || r.title() == null || r.title().isBlank()) {
            return r != null && r.file() != null ? r.file() : "report " + reportId;
        }
        return r.title();
    }

    LocalDate published(String reportId) {
        Report r = input.reports().get(reportId);
        return r == null ? null : r.published();
    }

    /** Distinct report titles of the figures, in first-seen order. */
    List<String> reportTitles(Collection<Figure> figures) {
        Set<String> titles = new LinkedHashSet<>();
        figures.forEach(f -> titles.add(reportTitle(f.reportId())));
        return List.copyOf(titles);
    }

    /** "value, report title, “quote”": one line per figure. */
    String tooltip(List<Figure> figures, java.util.function.Function<Figure, String> valueText) {
        return figures.stream()
                .map(f -> valueText.apply(f) + ", " + reportTitle(f.reportId()) + ", “" + shortQuote(f.quote()) + "”")
                .collect(Collectors.joining("\n"));
    }

    private static String shortQuote(String quote) {
        if (quote == null) {
            return "";
        }
        String q = quote.replaceAll("\\s+", " ").trim();
        return q.length() <= QUOTE_CHARS ? q : q.substring(0, QUOTE_CHARS - 1) + "…";
    }

    static List<String> ids(Collection<Figure> figures) {
        return figures.stream().map(Figure::id).collect(Collectors.toList());
    }

    /**
     * The figure to plot when several say the same thing about a company: confirmed before suggested,
     * then the latest period, then the most recently published report. Periods are compared as text,
     * which orders "2024" < "2025" and "2025-Q1" < "2025-Q3".
     */
    Comparator<Figure> preferred() {
        return Runway.preferred(this::published);
    }
}
