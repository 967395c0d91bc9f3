package app.dossier.tagging;

import app.dossier.model.Theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cues of one theme, compiled: strong cues (one suffices), weak cues (two different ones needed)
 * and excluded phrases. Text and cues are compared folded, without spaces and hyphens.
 */
final class ThemeCues {
    private final List<Pattern> strong = new ArrayList<>();
    private final List<Pattern> weak = new ArrayList<>();
    private final List<Pattern> excluded = new ArrayList<>();

    ThemeCues(Theme theme) {
        for (List<String> cues : theme.cues().values()) {
            for (String cue : cues) {
                add(cue);
            }
        }
    }

    private void add(String cue) {
        if (cue.isBlank()) {
            return;
        }
        List<Pattern> target = strong;
        String body = cue;
        if (cue.startsWith("~")) {
            target = weak;
            body = cue.substring(1);
        } else if (cue.startsWith("-") && cue.length() > 1) {
            target = excluded;
            body = cue.substring(1);
        }
        if (body.length() > 2 && body.startsWith("/") && body.endsWith("/")) {
            target.add(Pattern.compile(body.substring(1, body.length() - 1)));
        } else {
            target.add(Pattern.compile(Pattern.quote(normalize(body))));
        }
    }

    /** Folded, lower case, without whitespace and hyphens: "KI - native Fabrik" becomes "kinativefabrik". */
    static String normalize(String s) {
        String folded = CharFolding.fold(s);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '‐' && c != '–') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a paragraph (already normalized) carries the theme. */
    boolean carriedBy(String normalizedParagraph) {
        String p = normalizedParagraph;
        for (Pattern ex : excluded) {
            p = ex.matcher(p).replaceAll("|");
        }
        for (Pattern s : strong) {
            if (s.matcher(p).find()) {
                return true;
            }
        }
        // compared by pattern text: the same cue listed in both Chinese scripts folds to one cue and counts once
        Set<String> seen = new HashSet<>();
        for (Pattern w : weak) {
            if (w.matcher(p).find()) {
                seen.add(w.pattern());
                if (seen.size() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }
}
