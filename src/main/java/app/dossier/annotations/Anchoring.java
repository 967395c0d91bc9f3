package app.dossier.annotations;

import app.dossier.model.Annotation;
import app.dossier.model.Report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Makes annotations anchored twice, by position and by quote with context, as W3C selectors do. */
public final class Anchoring {
    /** Characters of context kept on each side: enough to tell repeated quotes apart. */
    public static final int CONTEXT = 32;

    private Anchoring() {
    }

    public static Annotation create(Report report, int start, int end, String note, List<String> tags, String color) {
        // the store keeps microseconds; truncating here makes a fresh note equal to its stored self
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Annotation blank = new Annotation(UUID.randomUUID().toString(), report.id(), start, end, "", "", "",
                note == null ? "" : note.strip(), tags, NoteColor.of(color).id(), now, now, false);
        return at(blank, report.text(), start, end);
    }

    /** The annotation anchored at [start, end) of this text: quote and context taken from it, no longer orphaned. */
    public static Annotation at(Annotation a, String text, int start, int end) {
        int s = Math.max(0, Math.min(text.length(), start));
        int e = Math.max(s, Math.min(text.length(), end));
        return new Annotation(a.id(), a.reportId(), s, e, text.substring(s, e), prefix(text, s), suffix(text, e),
                a.note(), a.tags(), a.color(), a.created(), a.modified(), false);
    }

    public static Annotation edited(Annotation a, String note, List<String> tags, String color) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new Annotation(a.id(), a.reportId(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(),
                note == null ? "" : note.strip(), tags, NoteColor.of(color).id(), a.created(), now, a.orphaned());
    }

    static String prefix(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, start);
    }

    static String suffix(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length() && to > end && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(end, to);
    }
}
