package app.dossier.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which candidates of one report stand: plain names always; names that are also common words
 * (and near-miss Chinese names) only with evidence, found by {@link EvidenceRules}, in the clause, sentence,
 * paragraph or anywhere in the report.
 */
final class AmbiguityResolver {
    private final String text;
    private final String folded;
    private final String cased;
    private final EvidenceRules evidence;

    AmbiguityResolver(MatchContext ctx, EvidenceRules evidence) {
        this.text = ctx.text();
        this.folded = ctx.folded();
        this.cased = ctx.cased();
        this.evidence = evidence;
    }

    /** Keeps the candidates a careful reader accepts: plain names, and common-word names with evidence. */
    List<MatchContext.Candidate> resolve(List<MatchContext.Candidate> candidates) {
        Set<MatchContext.Candidate> accepted = new HashSet<>();
        List<MatchContext.Candidate> pending = new ArrayList<>();
        for (MatchContext.Candidate c : candidates) {
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
            List<MatchContext.Candidate> byStart = new ArrayList<>(accepted);
            byStart.sort(Comparator.comparingInt(MatchContext.Candidate::start));
            for (MatchContext.Candidate c : pending) {
                if (!accepted.contains(c) && acceptable(c, byStart, acceptedCompanies)) {
                    accepted.add(c);
                    changed = true;
                }
            }
        }
        List<MatchContext.Candidate> out = new ArrayList<>();
        for (MatchContext.Candidate c : candidates) {
            if (accepted.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean isHomophoneVariant(MatchContext.Candidate c) {
        return !c.entry().startsLatin();
    }

    private boolean acceptable(MatchContext.Candidate c, List<MatchContext.Candidate> acceptedByStart, Set<String> acceptedCompanies) {
        AliasEntry e = c.entry();
        boolean known = acceptedCompanies.contains(e.companyId());
        if (c.fuzzy()) {
            return known;
        }
        boolean latin = e.startsLatin();
        if (latin && (evidence.hyphenCompound(text, c.end())
                || ((evidence.determinerBefore(folded, c.start()) || evidence.adjectiveBefore(text, c.start()))
                && !evidence.companyWordAfter(folded, c.end())))) {
            return false;
        }
        if (latin && labelOfLowerCaseText(c.end())) {
            return false; // "Basis: share of enterprise spend", "Scale: mostly mid-market": a label, not a firm
        }
        if (latin && headOfRowWithFigure(c)) {
            return true;
        }
        if (latin && labelOpeningLine(c)) {
            return false; // "Basis: Ausgaben von Unternehmen …", "Scale: Mittelstand": the label of a key–value line
        }
        if (evidence.companyWordAfter(folded, c.end()) || evidence.companyWordBefore(folded, c.start())
                || (latin && evidence.companySuffixAfter(text, c.end())) || listedWithCompany(c, acceptedByStart)) {
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
            MatchContext.Candidate other = acceptedByStart.get(k);
            if (other.start() >= nearTo) {
                break;
            }
            if (!other.entry().companyId().equals(e.companyId()) && other.end() <= nearTo) {
                return true;
            }
        }
        return false;
    }

    /** A colon after the name and a word in lower case after it: the name is the label of a key–value line. */
    private boolean labelOfLowerCaseText(int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ':') {
            return false;
        }
        i++;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    /**
     * The name opens a line (after bullets) and a colon follows it: a key–value line whose key is a common word.
     * A row that holds a figure was let through before ({@link #headOfRowWithFigure}).
     */
    private boolean labelOpeningLine(MatchContext.Candidate c) {
        // walk back over bullets only, not to the line's start: a megabyte line stays linear
        for (int i = c.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (" \t•·*-–—>#".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        int i = c.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：');
    }

    /** An amount or a share: "$10.0bn", "~11%", "2,3 Mrd.". */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "[$€£¥]\\s?\\d|\\d[\\d.,]*\\s?(?:%|％|Prozent|percent|bn|billion|million|Mio|Mrd|[MBK]\\b)");

    /**
     * "| Sierra | Customer service | $10.0bn |", "– Decagon ~11%": the name opens a table row or a list item,
     * a separator or the figure follows it (not a word: "Total raised to date"), and the line holds an amount.
     */
    private boolean headOfRowWithFigure(MatchContext.Candidate c) {
        int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
        for (int i = lineStart; i < c.start(); i++) {
            if (" \t|•·*-–—>".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        int next = c.end();
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= text.length() || Character.isLetter(text.charAt(next))) {
            return false;
        }
        int lineEnd = text.indexOf('\n', c.end());
        return FIGURE.matcher(text.substring(c.end(), lineEnd < 0 ? text.length() : lineEnd)).find();
    }

    /** "Together AI, Fireworks AI or Modal", "Chroma oder Milvus": an item of a list whose neighbour is a company. */
    private boolean listedWithCompany(MatchContext.Candidate c, List<MatchContext.Candidate> acceptedByStart) {
        int after = evidence.afterConnector(folded, c.end(), c.end() + 12);
        int k = firstStartingAtOrAfter(acceptedByStart, Math.max(0, c.start() - 40));
        for (; k < acceptedByStart.size() && acceptedByStart.get(k).start() <= c.end() + 12; k++) {
            MatchContext.Candidate other = acceptedByStart.get(k);
            if (other.entry().companyId().equals(c.entry().companyId())) {
                continue;
            }
            if (after >= 0 && other.start() == after) {
                return true;
            }
            if (other.end() <= c.start() && evidence.afterConnector(folded, other.end(), c.start()) == c.start()) {
                return true;
            }
        }
        return false;
    }

    private static int firstStartingAtOrAfter(List<MatchContext.Candidate> byStart, int position) {
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

    private boolean sentenceInitial(MatchContext.Candidate c, int sentenceStart) {
        for (int i = sentenceStart; i < c.start(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The report itself writes the name in lower case somewhere ("runway"), so a capital at a sentence start proves nothing. */
    private boolean usedAsCommonWord(AliasEntry e) {
        String lower = e.compactCased().toLowerCase(Locale.ROOT);
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

    private int sentenceStart(int from) {
        int i = from;
        while (i > 0 && !sentenceBreak(i - 1)) {
            i--;
        }
        return i;
    }

    private int sentenceEnd(int from) {
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
