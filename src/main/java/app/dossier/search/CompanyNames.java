package app.dossier.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and aliases of the companies a library knows, as search uses them: a query naming one form
 * also searches the others (Moonshot finds 月之暗面), a company: filter locates its mentions by them, and a
 * misspelt name is corrected against them. Forms are compared as {@link FilterValues} spells them, so
 * case, width and traditional/simplified script do not matter.
 */
public final class CompanyNames {
    /** One company: its id, its display name and every form reports write it in (the name first). */
    public record Entry(String id, String name, List<String> forms) {
        public Entry {
            forms = List.copyOf(forms);
        }
    }

    public static final CompanyNames NONE = new CompanyNames(List.of());

    /** Forms this short match too much by accident (a lone "X" or 字). */
    private static final int MIN_FORM_LENGTH = 2;

    private final Map<String, Entry> byForm = new HashMap<>();
    private final Map<String, Entry> byKey = new HashMap<>();
    private volatile NameSpelling spelling;

    public CompanyNames(List<Entry> entries) {
        for (Entry entry : entries) {
            byKey.putIfAbsent(FilterValues.normalize(entry.id()), entry);
            byKey.putIfAbsent(FilterValues.normalize(entry.name()), entry);
            for (String form : entry.forms()) {
                String key = FilterValues.normalize(form);
                if (key.codePointCount(0, key.length()) >= MIN_FORM_LENGTH) {
                    byForm.putIfAbsent(key, entry);
                }
            }
        }
    }

    /** True for no companies at all: a query is then searched as typed, with nothing to look up. */
    boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The company one of whose forms is written exactly so (after folding), or null. */
    Entry byForm(String text) {
        return byForm.get(FilterValues.normalize(text));
    }

    /** The company a company: filter value names (its id or name, whole or by its leading parts), or null. */
    Entry byFilterValue(String value) {
        String key = FilterValues.normalize(value);
        Entry exact = byKey.get(key);
        if (exact != null || key.isEmpty()) {
            return exact;
        }
        for (Map.Entry<String, Entry> e : byKey.entrySet()) {
            if (e.getKey().startsWith(key + "-")) {
                return e.getValue();
            }
        }
        return byForm.get(key);
    }

    /** The forms of entry other than those in typed, one per spelling, in the registry's order. */
    static List<String> otherForms(Entry entry, String typed) {
        Map<String, String> forms = new LinkedHashMap<>();
        String typedKey = FilterValues.normalize(typed);
        for (String form : entry.forms()) {
            String key = FilterValues.normalize(form);
            if (key.codePointCount(0, key.length()) >= MIN_FORM_LENGTH && !key.equals(typedKey)) {
                forms.putIfAbsent(key, form);
            }
        }
        return new ArrayList<>(forms.values());
    }

    /** The correctly spelt name word closest to word, or null (built on first use: most queries never need it). */
    String correct(String word) {
        NameSpelling s = spelling;
        if (s == null) {
            synchronized (this) {
                if (spelling == null) {
                    spelling = new NameSpelling(byForm.values().stream().flatMap(e -> e.forms().stream()).toList());
                }
                s = spelling;
            }
        }
        return s.closest(word);
    }
}
