package app.dossier.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    private final EvidenceRules evidence;

    MatchContext(String text, EvidenceRules evidence) {
        this.text = text;
        this.evidence = evidence;
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
            return Character.isLetter(last);
        }
        if (Character.isLowerCase(last) && Character.isUpperCase(next)) {
            return true;
        }
        boolean genitive = next == 's' && !e.ambiguous() && e.length() >= 4
                && (end + 1 == text.length() || !CharFolding.isWordChar(cased.charAt(end + 1)));
        return genitive;
    }

    /** Keeps the candidates a careful reader accepts: plain names, and common-word names with evidence. */
    List<Candidate> resolveEvidence(List<Candidate> candidates) {
        Set<Candidate> accepted = new HashSet<>();
        List<Candidate> pending = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.entry().ambiguous() && !(c.fuzzy() && isHomophoneVariant(c))) {
                accepted.add(c);
            } else {
                pending.add(c);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> acceptedCompanies = new HashSet<>();
            accepted.forEach(a -> acceptedCompanies.add(a.entry().companyId()));
            List<Candidate> byStart = new ArrayList<>(accepted);
            byStart.sort(java.util.Comparator.comparingInt(Candidate::start));
            for (Candidate c : pending) {
                if (!accepted.contains(c) && acceptable(c, byStart, acceptedCompanies)) {
                    accepted.add(c);
                    changed = true;
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (accepted.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean isHomophoneVariant(Candidate c) {
        return !c.entry().startsLatin();
    }

    private boolean acceptable(Candidate c, List<Candidate> acceptedByStart, Set<String> acceptedCompanies) {
        AliasEntry e = c.entry();
        boolean known = acceptedCompanies.contains(e.companyId());
        if (c.fuzzy()) {
            return known;
        }
        boolean latin = e.startsLatin();
        if (latin && (EvidenceRules.hyphenCompound(text, c.end())
                || (evidence.determinerBefore(folded, c.start()) && !evidence.companyWordAfter(folded, c.end())))) {
            return false;
        }
        if (evidence.companyWordAfter(folded, c.end()) || evidence.companyWordBefore(folded, c.start())) {
            return true;
        }
        int sentenceStart = sentenceStart(c.start());
        int sentenceEnd = sentenceEnd(c.end());
        if (e.strictEvidence() || (latin && sentenceInitial(c, sentenceStart) && usedAsCommonWord(e))) {
            return evidence.contextWordNear(folded, sentenceStart, sentenceEnd, c.start(), c.end(), evidence.strictWindow);
        }
        // Chinese prose is full of funding words (创业浪潮), so for Han names only companies nearby count
        if (known || (latin && evidence.contextWordNear(folded, sentenceStart, sentenceEnd, c.start(), c.end(), evidence.contextWindow))) {
            return true;
        }
        int paragraphStart = text.lastIndexOf("\n\n", c.start());
        int paragraphEnd = text.indexOf("\n\n", c.end());
        // a Latin name may lean on companies in the same paragraph (lists of examples); a Han name only on its clause
        int nearFrom = latin ? Math.max(paragraphStart, c.start() - evidence.sameParagraphWindow) : clauseStart(c.start());
        int nearTo = latin ? (paragraphEnd < 0 ? c.end() + evidence.sameParagraphWindow
                : Math.min(paragraphEnd, c.end() + evidence.sameParagraphWindow)) : clauseEnd(c.end());
        for (int k = firstStartingAtOrAfter(acceptedByStart, nearFrom); k < acceptedByStart.size(); k++) {
            Candidate other = acceptedByStart.get(k);
            if (other.start() >= nearTo) {
                break;
            }
            if (!other.entry().companyId().equals(e.companyId()) && other.end() <= nearTo) {
                return true;
            }
        }
        return false;
    }

    private static int firstStartingAtOrAfter(List<Candidate> byStart, int position) {
        int lo = 0;
        int hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean sentenceInitial(Candidate c, int sentenceStart) {
        for (int i = sentenceStart; i < c.start(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The report itself writes the name in lower case somewhere ("runway"), so a capital at a sentence start proves nothing. */
    private boolean usedAsCommonWord(AliasEntry e) {
        String lower = e.compactCased().toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(e.compactCased())) {
            return false;
        }
        int from = 0;
        while ((from = text.indexOf(lower, from)) >= 0) {
            int end = from + lower.length();
            if ((from == 0 || !CharFolding.isWordChar(text.charAt(from - 1)))
                    && (end == text.length() || !CharFolding.isWordChar(text.charAt(end)))) {
                return true;
            }
            from = end;
        }
        return false;
    }

    private int clauseStart(int from) {
        int i = from;
        while (i > 0 && !sentenceBreak(i - 1) && "，,：:".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private int clauseEnd(int from) {
        int i = from;
        while (i < text.length() && !sentenceBreak(i) && "，,：:".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    int sentenceStart(int from) {
        int i = from;
        while (i > 0 && !sentenceBreak(i - 1)) {
            i--;
        }
        return i;
    }

    int sentenceEnd(int from) {
        int i = from;
        while (i < text.length() && !sentenceBreak(i)) {
            i++;
        }
        return i;
    }

    private boolean sentenceBreak(int i) {
        char c = cased.charAt(i);
        if ("。！？!?；;|\n".indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && i > 0 && !Character.isDigit(cased.charAt(i - 1));
    }
}
