package app.dossier.annotations;

import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.library.Library;
import app.dossier.model.Annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds an annotation's passage again after its report's text changed (re-processing, a better
 * import): exactly where it was; else the quote elsewhere, the occurrence whose context and place fit
 * best; else the quote with different whitespace. What cannot be found is marked orphaned, never
 * dropped, and keeps its old offsets so the user can place it again.
 */
public final class Reanchoring {
    /** Context decides between repeated quotes; distance to the old place only breaks near-ties. */
    private static final double DISTANCE_WEIGHT = 0.25;
    private static final double EXACT_BONUS = 0.1;
    /** A quote shorter than this (a name, a number) only moves where its context fits at least this well. */
    private static final int DISTINCTIVE_LENGTH = 20;
    private static final double MIN_CONTEXT_FOR_SHORT = 0.6;

    private Reanchoring() {
    }

    public static Annotation reanchor(Annotation a, String text) {
        if (a.quote() == null || a.quote().isEmpty()) {
            return a;
        }
        if (a.start() >= 0 && a.end() <= text.length() && a.start() <= a.end()
                && text.regionMatches(a.start(), a.quote(), 0, a.quote().length())
                && a.end() - a.start() == a.quote().length()) {
            return a.orphaned() ? Anchoring.at(a, text, a.start(), a.end()) : a;
        }
        Optional<int[]> span = best(a, text);
        return span.map(s -> Anchoring.at(a, text, s[0], s[1])).orElseGet(() -> orphan(a));
    }

    /** The annotations that changed (moved, or became orphaned or found again), re-anchored in the new text. */
    public static List<Annotation> reanchorAll(List<Annotation> annotations, String newText) {
        List<Annotation> changed = new ArrayList<>();
        for (Annotation a : annotations) {
            Annotation b = reanchor(a, newText);
            if (!b.equals(a)) {
                changed.add(b);
            }
        }
        return changed;
    }

    /** The journalled command that applies a re-anchoring, or empty when nothing moved. */
    public static Optional<UserCommand> command(List<Annotation> annotations, String newText) {
        List<UserCommand> steps = new ArrayList<>();
        for (Annotation a : annotations) {
            Annotation b = reanchor(a, newText);
            if (!b.equals(a)) {
                steps.add(new Commands.PutAnnotation(a, b));
            }
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(new Commands.Batch("Re-anchor notes", steps));
    }

    /**
     * Re-anchors the notes of one report against its stored text, as one journalled (undoable) decision.
     * Call it after anything that replaces a report's text (re-extraction, a rebuild). Returns how many moved.
     */
    public static int reanchorReport(Library library, String reportId) {
        return library.report(reportId).map(r -> {
            List<Annotation> notes = library.annotations(reportId);
            Optional<UserCommand> command = command(notes, r.text());
            command.ifPresent(library::execute);
            return command.map(c -> ((Commands.Batch) c).steps().size()).orElse(0);
        }).orElse(0);
    }

    /**
     * Re-processes every report from its original file, then places the notes on the new texts: what the
     * window's and the command line's "re-process" do. Here rather than in Library because the re-anchoring
     * algorithm lives in this package, which already builds on library (the other way round would be a cycle).
     * Returns how many reports were re-processed.
     */
    public static int reprocessAll(Library library, Library.ProgressListener progress,
                                   java.util.function.BooleanSupplier cancelled, Runnable beforeReanchoring) {
        int done = library.reprocessAll(progress, cancelled);
        beforeReanchoring.run();
        reanchorLibrary(library);
        return done;
    }

    /** {@link #reanchorReport} over every report that has notes. */
    public static int reanchorLibrary(Library library) {
        int moved = 0;
        for (String reportId : library.annotations(null).stream().map(Annotation::reportId).distinct().toList()) {
            moved += reanchorReport(library, reportId);
        }
        return moved;
    }

    private static Annotation orphan(Annotation a) {
        return a.orphaned() ? a : new Annotation(a.id(), a.reportId(), a.start(), a.end(), a.quote(), a.prefix(),
                a.suffix(), a.note(), a.tags(), a.color(), a.created(), a.modified(), true);
    }

    /**
     * Every place the quote occurs, whitespace aside, scored by context and distance; an occurrence
     * that matches character for character gets a small bonus over one that differs in whitespace.
     */
    private static Optional<int[]> best(Annotation a, String text) {
        Squeezed hay = Squeezed.of(text);
        String needle = Squeezed.of(a.quote()).text;
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
            int start = hay.original[at];
            int end = hay.original[at + needle.length() - 1] + 1;
            double score = score(a, text, start, end) + (text.startsWith(a.quote(), start) ? EXACT_BONUS : 0);
            if (needle.length() < DISTINCTIVE_LENGTH && context(a, text, start, end) < MIN_CONTEXT_FOR_SHORT) {
                continue;
            }
            if (score > bestScore) {
                bestScore = score;
                best = new int[]{start, end};
            }
        }
        return Optional.ofNullable(best);
    }

    private static double score(Annotation a, String text, int start, int end) {
        double distance = Math.abs(start - a.start()) / (double) Math.max(1, text.length());
        return context(a, text, start, end) - DISTANCE_WEIGHT * Math.min(1, distance);
    }

    /** How well the text around [start, end) matches the remembered prefix and suffix: 0 to 2. */
    private static double context(Annotation a, String text, int start, int end) {
        return similarity(Objects.toString(a.prefix(), ""), Anchoring.prefix(text, start))
                + similarity(Objects.toString(a.suffix(), ""), Anchoring.suffix(text, end));
    }

    /** Dice coefficient of character bigrams: forgiving of one changed word, unlike a common-prefix count. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        List<String> left = bigrams(a);
        List<String> right = bigrams(b);
        int common = 0;
        for (String g : left) {
            if (right.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (left.size() + bigrams(b).size());
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /**
     * Text without whitespace and invisible characters (soft hyphens, zero-width spaces), with each kept
     * character's offset in the original: a re-wrapped line or a space put between Han characters still matches.
     */
    private record Squeezed(String text, int[] original) {
        static Squeezed of(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            int[] map = new int[s.length() + 1];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD' || c == '\u200B'
                        || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                    continue;
                }
                map[sb.length()] = i;
                sb.append(c);
            }
            return new Squeezed(sb.toString(), map);
        }
    }
}
