package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Mention;

import java.util.List;

/** Finds the figures of a report and attributes them to companies. (stub) */
public final class FigureExtractor {
    /**
     * @param mentions the company mentions of this text, as CompanyMatcher found them
     * @return figures with origin "auto", status "suggested", id and reportId null
     */
    public List<Figure> extract(String text, String language, List<Mention> mentions) {
        return List.of();
    }
}
