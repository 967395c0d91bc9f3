package app.dossier.memo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run of numbered citations for a whole memo: the same passage cited twice keeps its number. */
public final class Footnotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The number of this citation, given the next free one the first time. */
    public int cite(String citation) {
        return numbers.computeIfAbsent(citation, k -> numbers.size() + 1);
    }

    /** Citations in number order (the first is number 1). */
    public List<String> all() {
        return new ArrayList<>(numbers.keySet());
    }

    /** The map a Markdown table fills directly (citation → number). */
    Map<String, Integer> asMap() {
        return numbers;
    }
}
