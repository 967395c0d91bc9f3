package app.dossier.annotations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an annotation's tags are spelled. Three kinds live in one list so the model stays one record:
 * {@code company:<company id>} and {@code theme:<theme id>} point into the registry and codebook;
 * anything else is a free tag chosen by the user ("check-later", "contradiction").
 */
public final class AnnotationTags {
    public static final String COMPANY = "company:";
    public static final String THEME = "theme:";
    private static final Pattern HASH_TAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#([\\p{L}\\p{N}_][\\p{L}\\p{N}_\\-]*)");

    private AnnotationTags() {
    }

    public static String company(String companyId) {
        return COMPANY + companyId;
    }

    public static String theme(String themeId) {
        return THEME + themeId;
    }

    public static Optional<String> companyId(String tag) {
        return tag.startsWith(COMPANY) ? Optional.of(tag.substring(COMPANY.length())) : Optional.empty();
    }

    public static Optional<String> themeId(String tag) {
        return tag.startsWith(THEME) ? Optional.of(tag.substring(THEME.length())) : Optional.empty();
    }

    public static boolean isFree(String tag) {
        return !tag.startsWith(COMPANY) && !tag.startsWith(THEME);
    }

    public static List<String> companies(List<String> tags) {
        return tags.stream().flatMap(t -> companyId(t).stream()).toList();
    }

    public static List<String> themes(List<String> tags) {
        return tags.stream().flatMap(t -> themeId(t).stream()).toList();
    }

    public static List<String> free(List<String> tags) {
        return tags.stream().filter(AnnotationTags::isFree).toList();
    }

    /** Free tags typed as a list ("a, b c") or as #words inside a note; trimmed, without '#', no duplicates. */
    public static List<String> parseFree(String typed) {
        Set<String> out = new LinkedHashSet<>();
        if (typed != null) {
            for (String word : typed.split("[,;\\s]+")) {
                String w = word.strip();
                while (w.startsWith("#")) {
                    w = w.substring(1);
                }
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The #words of a note ("see #funding and #check-later"). */
    public static List<String> hashTagsIn(String note) {
        Set<String> out = new LinkedHashSet<>();
        if (note != null) {
            Matcher m = HASH_TAG.matcher(note);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return new ArrayList<>(out);
    }

    /** One tag list in a stable order: free tags first, then companies, then themes; no duplicates. */
    public static List<String> combine(List<String> free, List<String> companyIds, List<String> themeIds) {
        Set<String> out = new LinkedHashSet<>();
        free.stream().filter(t -> !t.isBlank()).forEach(out::add);
        companyIds.forEach(c -> out.add(company(c)));
        themeIds.forEach(t -> out.add(theme(t)));
        return new ArrayList<>(out);
    }
}
