package app.dossier.importing;

import java.util.Set;

/** Joins two pieces of one paragraph that a hard wrap split: no space between CJK, one between Latin words. */
final class LineJoiner {
    /** Words after a trailing hyphen that show the hyphen is a suspended compound ("Finanz- und"), not a split. */
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "bzw", "sowie", "bis", "and", "or", "to", "nor");

    private LineJoiner() {
    }

    static String join(String left, String right) {
        StringBuilder sb = new StringBuilder(left.length() + right.length() + 1);
        append(sb, right, left);
        return sb.toString();
    }

    /** Appends {@code next} to {@code sb} which already holds text ending like {@code sb} itself. */
    static void appendTo(StringBuilder sb, String next) {
        append(sb, next, null);
    }

    private static void append(StringBuilder sb, String right, String left) {
        if (left != null) {
            sb.append(left);
        }
        String trimmedRight = right.strip();
        while (sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 0 || trimmedRight.isEmpty()) {
            sb.append(trimmedRight);
            return;
        }
        int last = Scripts.lastCodePoint(sb);
        int first = Scripts.firstCodePoint(trimmedRight);
        if (last == '-' && sb.length() >= 2 && Character.isLowerCase(sb.charAt(sb.length() - 2))
                && Character.isLowerCase(first) && !CONJUNCTIONS.contains(firstWord(trimmedRight))) {
            sb.setLength(sb.length() - 1); // "Finan-\nzierung": a word split by the wrap
        } else if (needsSpace(sb, last, first)) {
            sb.append(' ');
        }
        sb.append(trimmedRight);
    }

    private static boolean needsSpace(CharSequence left, int last, int first) {
        if (Scripts.isCjk(last) || Scripts.isCjk(first)) {
            return false;
        }
        if (last == '-' || last == '/') {
            // "KI-\nRevolution" keeps its hyphen glued; "aus -\nHunderte" had a spaced dash
            return left.length() >= 2 && left.charAt(left.length() - 2) == ' ';
        }
        return true;
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }
}
