package app.dossier.figures;

import app.dossier.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Range lookups in a report's mentions sorted by start, by binary search: a text dense with figures and
 * names must not make every figure walk every mention (that made long lines quadratic).
 */
final class SortedMentions {
    /** Longer than any company name or alias; a mention starting further back cannot end at the place asked. */
    private static final int LONGEST_MENTION = 200;

    private SortedMentions() {
    }

    /** Mentions lying wholly inside [from, to), in order. */
    static List<Mention> within(List<Mention> sorted, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(sorted, from); i < sorted.size() && sorted.get(i).start() < to; i++) {
            if (sorted.get(i).end() <= to) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** The mention starting first in [after, to), or null. */
    static Mention firstAfter(List<Mention> sorted, int after, int to) {
        int i = firstStartingAtOrAfter(sorted, after);
        return i < sorted.size() && sorted.get(i).start() < to ? sorted.get(i) : null;
    }

    /** Of the mentions starting at or after from and ending by before, the one ending last (the earliest on a tie). */
    static Mention lastBefore(List<Mention> sorted, int from, int before) {
        Mention best = null;
        for (int i = firstStartingAtOrAfter(sorted, before) - 1; i >= 0; i--) {
            Mention m = sorted.get(i);
            if (m.start() < from || best != null && m.start() + LONGEST_MENTION < best.end()) {
                break;
            }
            if (m.end() <= before && (best == null || m.end() >= best.end())) {
                best = m;
            }
        }
        return best;
    }

    /** A mention overlapping [from, to), or null. */
    static Mention overlapping(List<Mention> sorted, int from, int to) {
        for (int i = firstStartingAtOrAfter(sorted, to) - 1; i >= 0; i--) {
            Mention m = sorted.get(i);
            if (m.end() > from) {
                return m;
            }
            if (m.start() + LONGEST_MENTION < from) {
                break;
            }
        }
        return null;
    }

    private static int firstStartingAtOrAfter(List<Mention> sorted, int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
