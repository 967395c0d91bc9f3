package app.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * A note on a passage. Anchored twice, as the W3C Web Annotation model does: by position
 * [start, end) and by quote with prefix and suffix, so it can be re-anchored when the text changes.
 * {@code orphaned}: the quote could not be found again after re-processing.
 */
public record Annotation(String id, String reportId, int start, int end, String quote, String prefix, String suffix,
                         String note, List<String> tags, String color, Instant created, Instant modified,
                         boolean orphaned) {
    public Annotation {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
