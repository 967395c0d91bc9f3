package app.dossier.model;

/** A span of a report carrying a theme, who put it there and where its review stands. */
public record ThemeTag(String id, String reportId, String themeId, int start, int end, Origin origin, ReviewStatus status) {
    public ThemeTag withReport(String report) {
        return new ThemeTag(Ids.themeTag(report, themeId, start, end), report, themeId, start, end, origin, status);
    }

    public ThemeTag withStatus(ReviewStatus newStatus) {
        return new ThemeTag(id, reportId, themeId, start, end, origin, newStatus);
    }
}
