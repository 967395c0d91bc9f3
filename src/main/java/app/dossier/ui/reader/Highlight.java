package app.dossier.ui.reader;

/** A span of the report text to mark in the reader. kind decides the look (a CSS style class). */
public record Highlight(int start, int end, Kind kind, String tooltip, String variant) {
    public Highlight(int start, int end, Kind kind, String tooltip) {
        this(start, end, kind, tooltip, null);
    }

    public enum Kind {
        MENTION("hl-mention"), FIGURE("hl-figure"), ANNOTATION("hl-annotation"), SEARCH("hl-search"),
        FOCUS("hl-focus"), SELECTION("hl-selection");

        final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }
    }
}
