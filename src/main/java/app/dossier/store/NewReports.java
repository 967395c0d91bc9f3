package app.dossier.store;

import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ThemeTag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulk write path of an import: reports the library does not hold yet, with their mentions,
 * theme tags and figures, inserted through one batched prepared statement per table. Nothing is read
 * first (a new report has no earlier rows to keep); the caller's transaction makes the batch all or
 * nothing, so each report in it is stored whole or not at all.
 */
public final class NewReports {
    /** One new report and what analysis found in it, every row already carrying the report's id. */
    public record Entry(Report report, String charset, List<Mention> mentions, List<ThemeTag> themeTags,
                        List<Figure> figures, List<Company> discovered) {
    }

    private NewReports() {
    }

    public static void insert(Connection c, List<Entry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ReportRepository.INSERT)) {
            for (Entry e : entries) {
                ReportRepository.bindInsert(ps, e.report(), e.charset());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Mention> mentions = new ArrayList<>();
        List<ThemeTag> tags = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Map<String, String> texts = new java.util.HashMap<>();
        for (Entry e : entries) {
            texts.put(e.report().id(), e.report().text());
            mentions.addAll(e.mentions());
            tags.addAll(distinctById(e.themeTags(), ThemeTag::id));
            figures.addAll(distinctById(e.figures(), Figure::id));
        }
        TagRepository.insertMentions(c, null, mentions);
        try (PreparedStatement ps = c.prepareStatement(TagRepository.INSERT_TAG)) {
            for (ThemeTag t : tags) {
                TagRepository.bindInsert(ps, t);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(FigureRepository.INSERT)) {
            for (Figure f : figures) {
                FigureRepository.bindInsert(ps, f, texts.get(f.reportId()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (Entry e : entries) {
            for (Company company : e.discovered()) {
                RegistryRepository.offerDiscovered(c, company, e.report().id());
            }
        }
    }

    /** The first row of each id, as replacing suggestions keeps the first and skips the rest. */
    private static <T> List<T> distinctById(List<T> rows, java.util.function.Function<T, String> id) {
        Map<String, T> first = new LinkedHashMap<>();
        for (T row : rows) {
            first.putIfAbsent(id.apply(row), row);
        }
        return List.copyOf(first.values());
    }
}
