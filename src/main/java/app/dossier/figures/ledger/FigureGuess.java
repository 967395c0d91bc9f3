package app.dossier.figures.ledger;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.figures.FigureExtractor;
import app.dossier.model.Figure;
import app.dossier.model.Ids;
import app.dossier.model.Mention;
import app.dossier.model.Metric;
import app.dossier.model.Report;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A first guess for a figure the user adds by hand from a passage [start, end): the extractor run on
 * the selected text (with the report's mentions inside it), else the company mentioned nearest.
 * The figure is the user's (origin USER, status CONFIRMED) and quotes exactly the selection.
 */
public final class FigureGuess {
    private final FigureExtractor extractor;

    public FigureGuess(FigureExtractor extractor) {
        this.extractor = extractor;
    }

    public Figure guess(Report report, List<Mention> mentions, int start, int end, Collection<String> takenIds) {
        String text = report.text();
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        String selected = text.substring(s, e);
        List<Mention> inside = mentions.stream().filter(m -> m.start() >= s && m.end() <= e)
                .map(m -> new Mention(m.reportId(), m.companyId(), m.start() - s, m.end() - s, m.text(), m.fuzzy(),
                        m.product()))
                .toList();
        List<Figure> found = extractor.extract(selected, report.language(), inside);
        Figure best = found.stream().filter(f -> !Metric.OTHER.equals(f.metric())).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        String company = best != null && best.companyId() != null ? best.companyId() : nearestCompany(mentions, s, e);
        String metric = best == null ? Metric.OTHER : best.metric();
        String id = Ids.figure(report.id(), metric, s, e);
        if (takenIds.contains(id)) {
            id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        }
        if (best == null) {
            return new Figure(id, report.id(), company, metric, 0, null, null, null, null, false, s, e, selected, Origin.USER,
                    ReviewStatus.CONFIRMED);
        }
        return new Figure(id, report.id(), company, metric, best.value(), best.valueMax(), best.currency(), best.per(),
                best.period(), best.approx(), s, e, selected, Origin.USER, ReviewStatus.CONFIRMED);
    }

    /** The company named closest to the passage, inside it first, then before it (the usual subject), then after. */
    static String nearestCompany(List<Mention> mentions, int start, int end) {
        return mentions.stream().min(Comparator.comparingInt(m -> distance(m, start, end)))
                .map(Mention::companyId).orElse(null);
    }

    private static int distance(Mention m, int start, int end) {
        if (m.start() >= start && m.end() <= end) {
            return m.start() - start - 1_000_000;
        }
        if (m.end() <= start) {
            return start - m.end();
        }
        return (m.start() - end) * 2; // a name after the number is less often its subject
    }
}
