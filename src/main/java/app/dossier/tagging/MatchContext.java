package app.dossier.tagging;

import java.util.List;

/** One report text prepared for matching: folded forms, the whitespace-free view and its offsets. */
final class MatchContext {
    /** A name found at [start, end) of the original text; compactEnd is where matching resumes. */
    record Candidate(AliasEntry entry, int start, int end, int compactEnd, boolean fuzzy) {
    }

    private final String text;
    private final String folded;
    private final String cased;
    private final char[] foldedCompact;
    private final char[] casedCompact;
    private final int[] offsets;

    MatchContext(String text) {
        this.text = text;
        this.folded = CharFolding.fold(text);
        this.cased = CharFolding.foldKeepCase(text);
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!CharFolding.isSkippable(cased.charAt(i))) {
                n++;
            }
        }
        foldedCompact = new char[n];
        casedCompact = new char[n];
        offsets = new int[n];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!CharFolding.isSkippable(cased.charAt(i))) {
                foldedCompact[k] = folded.charAt(i);
                casedCompact[k] = cased.charAt(i);
                offsets[k++] = i;
            }
        }
    }

    int compactLength() {
        return foldedCompact.length;
    }

    char[] foldedCompact() {
        return foldedCompact;
    }

    String text() {
        return text;
    }

    String cased() {
        return cased;
    }

    String folded() {
        return folded;
    }

    /** The hit as a candidate when it sits on word boundaries, spans only harmless gaps and has the right case. */
    Candidate validate(AliasTrie.Hit hit) {
        AliasEntry e = hit.entry();
        int start = offsets[hit.start()];
        int end = offsets[hit.end() - 1] + 1;
        for (int k = hit.start() + 1; k < hit.end(); k++) {
            if (offsets[k] != offsets[k - 1] + 1 && !gapAllowed(e, k - hit.start(), offsets[k - 1], offsets[k])) {
                return null;
            }
        }
        if (e.caseSensitive() && !e.fuzzy()
                && !new String(casedCompact, hit.start(), hit.end() - hit.start()).equals(e.compactCased())) {
            return null;
        }
        if (e.startsLatin() && start > 0 && CharFolding.isWordChar(cased.charAt(start - 1))) {
            return null;
        }
        if (e.endsLatin() && end < text.length() && !endBoundary(e, end)) {
            return null;
        }
        return new Candidate(e, start, end, hit.end(), e.fuzzy());
    }

    private boolean gapAllowed(AliasEntry e, int aliasIndex, int before, int after) {
        String gap = text.substring(before + 1, after);
        if (gap.chars().noneMatch(Character::isWhitespace)) {
            return true;
        }
        if (gap.chars().filter(c -> c == '\n').count() > 1) {
            return false;
        }
        if (e.spaceAfter()[aliasIndex]) {
            return true;
        }
        char a = cased.charAt(before);
        char b = cased.charAt(after);
        return CharFolding.isCjk(a) || CharFolding.isCjk(b) || (Character.isLowerCase(a) && Character.isUpperCase(b))
                || (Character.isLetter(a) != Character.isLetter(b));
    }

    private boolean endBoundary(AliasEntry e, int end) {
        char next = cased.charAt(end);
        if (!CharFolding.isWordChar(next)) {
            return true;
        }
        char last = cased.charAt(end - 1);
        if (Character.isDigit(next)) {
            return Character.isLetter(last) && e.length() > 2; // "X2" is a model number, not the company X
        }
        if (Character.isLowerCase(last) && Character.isUpperCase(next)) {
            return true;
        }
        boolean genitive = next == 's' && !e.ambiguous() && e.length() >= 4
                && (end + 1 == text.length() || !CharFolding.isWordChar(cased.charAt(end + 1)));
        return genitive;
    }

}
