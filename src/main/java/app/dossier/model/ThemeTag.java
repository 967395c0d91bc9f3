package app.dossier.model;

/** A span of a report carrying a theme. origin "auto"|"user", status "suggested"|"confirmed"|"rejected". */
public record ThemeTag(String id, String reportId, String themeId, int start, int end, String origin, String status) {
    public ThemeTag withReport(String report) {
        return new ThemeTag(Ids.themeTag(report, themeId, start, end), report, themeId, start, end, origin, status);
    }

    public ThemeTag withStatus(String newStatus) {
        return new ThemeTag(id, reportId, themeId, start, end, origin, newStatus);
    }
}
