package app.dossier.figures;

import app.dossier.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which company an amount is about, in this order: the company in front of brackets holding the
 * amount ("Acme（12 亿美元）"), a company the money is put into ("出资5亿美元入股X"), the
 * nearest company before it in its clause, one right after it in its clause ("估值9亿美元的公司X"),
 * the nearest before it in its sentence, and, when the sentence names no company, the only company of
 * the sentence before. Investors leading a round and sources of statistics ("据X统计", "according to X") are
 * never the company; a company listed together with others ("A, B und C") leaves the
 * amount unattributed rather than guessed.
 */
final class CompanyAttributor {
    private static final Pattern OPEN_BRACKET_BEFORE_NUMBER = Pattern.compile("\\s*[（(][^（()）]{0,14}");
    private static final int INVESTOR_REACH = 24;
    private static final int FOLLOWING_REACH = 40;
    private static final int MAX_SENTENCES_BACK = 3;
    private static final String DEAL_FIELD_SEPARATORS = "–—|｜·•";
    private static final int DEAL_LINE_REACH = 400;
    private static final String CLAUSE_BREAKS = ".,;:!?\n。，、；：！？";

    /** How the company was found; BRACKET and INVESTEE also say something about the metric. */
    enum Kind { NONE, BRACKET, INVESTEE, NEARBY, PREVIOUS_SENTENCE, UNNAMED }

    record Attribution(String companyId, Kind kind, Mention mention) {
        static final Attribution NONE = new Attribution(null, Kind.NONE, null);
        /** The sentence names no company and no collective: the discourse may say whom it is about. */
        static final Attribution UNNAMED = new Attribution(null, Kind.UNNAMED, null);
    }

    private final CueBook cues;

    CompanyAttributor(CueBook cues) {
        this.cues = cues;
    }

    Attribution attribute(String text, Amount a, TextSegments seg, List<Mention> mentions) {
        return attribute(text, a, seg, mentions, Set.of());
    }

    /**
     * @param bystanders companies the registry knows as investors, publishers or data providers: named beside an
     *                   amount they are who paid or who counted, not whom the figure is about
     */
    Attribution attribute(String text, Amount a, TextSegments seg, List<Mention> mentions, Set<String> bystanders) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        TextSegments.Span clause = seg.clause(a.numberStart());
        List<Mention> inSentence = within(mentions, sentence.start(), sentence.end());

        Mention bracketed = companyBeforeBracket(text, a, inSentence);
        if (bracketed != null && !candidate(text, bracketed, a, sentence.end(), inSentence, bystanders)) {
            bracketed = null; // "led by Y (valuation $610M)": the investor in front of the bracket did not get valued
        }
        if (bracketed != null) {
            return new Attribution(bracketed.companyId(), Kind.BRACKET, bracketed);
        }
        Mention investee = investee(text, a, sentence, inSentence, bystanders);
        if (investee != null) {
            return new Attribution(investee.companyId(), Kind.INVESTEE, investee);
        }
        List<Mention> eligible = new ArrayList<>();
        for (Mention m : inSentence) {
            if (candidate(text, m, a, sentence.end(), inSentence, bystanders)) {
                eligible.add(m);
            }
        }
        Mention before = lastBefore(eligible, clause.start(), a.start());
        if (before == null) {
            Mention after = firstAfter(eligible, a.end(), Math.min(clause.end(), a.end() + FOLLOWING_REACH));
            if (after != null) {
                return chosen(text, after, mentions);
            }
            before = lastBefore(eligible, sentence.start(), a.start());
            if (before != null) {
                before = appositionHead(text, seg, before, eligible);
            }
        }
        if (before != null) {
            return chosen(text, before, mentions);
        }
        // "Die Bewertung liegt bei 310 Mio. – dreimal so hoch wie bei der Serie A, als X …": a company named
        // only in a later clause is not the subject of the amount; the discourse says whom it is about
        if (eligible.isEmpty() || eligible.get(0).start() > clause.end()) {
            // "wir wollen insgesamt 120 Mio. investieren", "我們…累計融資總額": a total of the speaker's own
            if (cues.collectiveSubjects.containsIn(text, sentence.start(), a.start())
                    && !cues.hasFirstPerson(text, sentence.start(), a.start())) {
                return Attribution.NONE; // "Overall, AI startups raised …": a total of many, not the last company's
            }
            Attribution previous = onlyCompanyOfPreviousSentence(text, a, seg, mentions, bystanders);
            return previous.kind() == Kind.NONE ? Attribution.UNNAMED : previous;
        }
        return Attribution.NONE;
    }

    /**
     * "Anthropic, Konkurrent von OpenAI, wird mit … bewertet": a company named inside an apposition
     * describes the head before it; the head, standing alone before the comma, is the subject.
     */
    private static Mention appositionHead(String text, TextSegments seg, Mention m, List<Mention> eligible) {
        TextSegments.Span own = seg.clause(m.start());
        if (own.start() == 0 || !",，".contains(String.valueOf(text.charAt(own.start() - 1)))) {
            return m;
        }
        TextSegments.Span head = seg.clause(own.start() - 1);
        Mention h = firstAfter(eligible, head.start(), head.end());
        if (h == null || h.companyId().equals(m.companyId())) {
            return m;
        }
        boolean alone = text.substring(head.start(), h.start()).isBlank()
                && text.substring(h.end(), own.start() - 1).isBlank();
        return alone ? h : m;
    }

    private Attribution chosen(String text, Mention m, List<Mention> all) {
        return isCoordinated(text, m, all) ? Attribution.NONE : new Attribution(m.companyId(), Kind.NEARBY, m);
    }

    /**
     * The sentence names no company: the subject carries over from the nearest earlier sentence of the
     * paragraph that names exactly one ("X sammelt 300 Mio. ein. Die Bewertung liegt bei … Es erzielt …").
     * A sentence opening with a pronoun ("It", "该公司", "Sein") may also reach into the paragraph before.
     */
    private Attribution onlyCompanyOfPreviousSentence(String text, Amount a, TextSegments seg, List<Mention> mentions,
                                                      Set<String> bystanders) {
        TextSegments.Span current = seg.sentence(a.numberStart());
        TextSegments.Span paragraph = seg.paragraph(a.numberStart());
        // only a paragraph that opens with the pronoun continues the one before; after an opening
        // sentence naming no company we know, "it" is whoever that sentence was about
        boolean pronoun = cues.subjectPronouns.startingAt(text, current.start(), 12) >= 0
                && isBlank(text, paragraph.start(), current.start())
                || continuesItemAbove(text, paragraph.start());
        int paragraphsCrossed = 0;
        TextSegments.Span prev = current;
        for (int step = 0; step < MAX_SENTENCES_BACK && prev.start() > 0; ) {
            prev = seg.sentence(prev.start() - 1);
            if (isBlank(text, prev.start(), prev.end())) {
                continue; // the blank lines between paragraphs
            }
            step++;
            if (!seg.paragraph(prev.start()).equals(paragraph)) {
                if (!pronoun || ++paragraphsCrossed > 1) {
                    return Attribution.NONE;
                }
                paragraph = seg.paragraph(prev.start());
            }
            Set<String> companies = new LinkedHashSet<>();
            Mention last = null;
            for (Mention m : within(mentions, prev.start(), prev.end())) {
                if (candidate(text, m, null, prev.end(), mentions, bystanders)) {
                    companies.add(m.companyId());
                    last = m;
                }
            }
            if (!companies.isEmpty()) {
                return companies.size() == 1 && !isCoordinated(text, last, mentions)
                        ? new Attribution(last.companyId(), Kind.PREVIOUS_SENTENCE, last) : Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /**
     * "2. Tannfeld AG – Serie A – 14 Mio. €\n   Bewertung rund 70 Mio. €": a line indented under the line above it, or
     * straight beneath a deal line, goes on about that line's company.
     */
    private static boolean continuesItemAbove(String text, int paragraphStart) {
        int lineStart = lineStartWithin(text, paragraphStart, DEAL_LINE_REACH);
        if (lineStart < 2 || lineStart > paragraphStart) {
            return false;
        }
        int aboveStart = lineStartWithin(text, lineStart - 1, DEAL_LINE_REACH);
        if (aboveStart < 0) {
            return false; // a line longer than any deal line
        }
        String above = text.substring(aboveStart, lineStart - 1);
        if (above.isBlank()) {
            return false;
        }
        int separators = 0;
        for (int i = 0; i < above.length(); i++) {
            separators += DEAL_FIELD_SEPARATORS.indexOf(above.charAt(i)) >= 0 ? 1 : 0;
        }
        return indent(text, lineStart) > indent(above, 0) || separators >= 2;
    }

    private static int indent(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i - from;
    }

    /** A company named near an amount that may be whom it is about: not a source, an investor, a fund or a bystander. */
    private boolean candidate(String text, Mention m, Amount a, int sentenceEnd, List<Mention> all, Set<String> bystanders) {
        return !isSource(text, m) && !bystanders.contains(m.companyId()) && !isFund(m)
                && !isInvestor(text, m, a, sentenceEnd, all);
    }

    /** Stops at the first letter: a paragraph may be a whole megabyte long. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Mention companyBeforeBracket(String text, Amount a, List<Mention> inSentence) {
        Mention m = lastBefore(inSentence, 0, a.start());
        if (m == null) {
            return null;
        }
        var matcher = OPEN_BRACKET_BEFORE_NUMBER.matcher(text);
        matcher.region(m.end(), a.start());
        return matcher.matches() ? m : null;
    }

    /** "出资5亿美元入股X", "invested $2 billion in X": the company after the marker receives the money. */
    private Mention investee(String text, Amount a, TextSegments.Span sentence, List<Mention> inSentence, Set<String> bystanders) {
        Mention before = lastBefore(inSentence, sentence.start(), a.start());
        if (before != null && cues.investeeBeforeMention.endingAt(text, before.start(), 2) >= 0
                && a.start() - before.end() <= 12 && cues.investVerbs.containsIn(text, before.end(), a.start())) {
            return before; // "腾讯向X投资了6亿美元": the money goes to X
        }
        int to = Math.min(sentence.end(), a.end() + 20);
        for (PhraseSet.Hit marker : cues.investeeMarkers.findIn(text, a.end(), to)) {
            Mention m = firstAfter(inSentence, marker.end(), marker.end() + 8);
            if (m == null || !gapIsShort(text, marker.end(), m.start()) || bystanders.contains(m.companyId())
                    || cues.investorBeforeMention.endingAt(text, m.start(), 20) >= 0) {
                continue; // "投資方包括X": the investor list after the amount, not the company invested in
            }
            boolean strong = cues.strongInvesteeMarkers.containsIn(text, marker.start(), marker.end());
            boolean verb = cues.investVerbs.containsIn(text, Math.max(sentence.start(), a.start() - 30), a.start())
                    || cues.investVerbs.containsIn(text, marker.start(), marker.end());
            if (strong || verb) {
                return m;
            }
        }
        return null;
    }

    private static boolean gapIsShort(String text, int from, int to) {
        String gap = text.substring(from, to).strip();
        return gap.length() <= 6 && !gap.matches(".*[，,。；;].*");
    }

    /** A fund, or named in its sentence as an investor or lead of a round ("由红杉中国领投", "led by X"), not as the company funded. */
    boolean investsIn(String text, Mention m, TextSegments seg, List<Mention> all) {
        return isFund(m) || isInvestor(text, m, null, seg.sentence(m.start()).end(), all);
    }

    /** A company that may be what a report or a paragraph is about: not a cited source, not a fund. */
    boolean maySubject(String text, Mention m) {
        return !isSource(text, m) && !isFund(m);
    }

    private boolean isSource(String text, Mention m) {
        for (PhraseSet.Hit h : cues.sourceBeforeMention.findIn(text, Math.max(0, m.start() - 14), m.start())) {
            if (startsWord(text, h) && !crossesClause(text, h.end(), m.start())) {
                return true;
            }
        }
        return cues.sourceAfterMention.startingAt(text, m.end(), 8) >= 0;
    }

    /** A fund or investment firm ("...投資基金", "Northgate Capital") invests; it is not the company a figure is about. */
    private boolean isFund(Mention m) {
        return m.text() != null && cues.fundNameWords.containsIn(m.text(), 0, m.text().length());
    }

    /** "据X报道，Y…", "…per month. Y…": a cue in an earlier clause does not make Y a source. */
    private static boolean crossesClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A one-character cue (据) must not be the tail of another word (数据). */
    private static boolean startsWord(String text, PhraseSet.Hit h) {
        return h.end() - h.start() > 1 || h.start() == 0 || !NumberTokens.isHan(text.charAt(h.start() - 1));
    }

    /** The lead investor of the round ("X一筆2億元的領投", "led by X") is not the company funded. */
    private boolean isInvestor(String text, Mention m, Amount a, int sentenceEnd, List<Mention> all) {
        return isInvestor(text, m, a, sentenceEnd, all, 0);
    }

    private boolean isInvestor(String text, Mention m, Amount a, int sentenceEnd, List<Mention> all, int depth) {
        if (cues.investorBeforeMention.endingAt(text, m.start(), 20) >= 0 || closesDealLine(text, m)) {
            return true;
        }
        // "led by A and B", "Lead: A, mit B", "投资方包括A与B": a name joined to an investor is one too
        Mention joined = lastBefore(all, Math.max(0, m.start() - 12), m.start());
        if (depth < 4 && joined != null && !joined.companyId().equals(m.companyId())
                && isJoin(text.substring(joined.end(), m.start()))
                && isInvestor(text, joined, null, sentenceEnd, all, depth + 1)) {
            return true;
        }
        // "Die Runde über 35 Mio. € wird von X angeführt": the lead cue after a name that follows the amount
        boolean amountBefore = a != null && a.end() <= m.start();
        int to = Math.min(text.length(), a == null || amountBefore ? m.end() + INVESTOR_REACH : Math.max(a.end() + 6, m.end() + 6));
        to = Math.min(Math.min(to, m.end() + INVESTOR_REACH), sentenceEnd);
        for (PhraseSet.Hit h : cues.investorAfterMention.findIn(text, m.end(), to)) {
            if (cues.investorBeforeMention.startingAt(text, h.start(), 24) >= 0) {
                continue; // "X closed a round led by Y": the cue names the one after it
            }
            // "X完成融资，由Y领投": the lead cue belongs to Y, named between X and the cue; the same company
            // named again in another script ("红杉中国HongShan领投") is still X
            for (Mention between : within(all, m.end(), h.start())) {
                if (!between.companyId().equals(m.companyId())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean isJoin(String gap) {
        String g = gap.strip();
        if (g.isEmpty()) {
            return false;
        }
        if (g.matches("[,，、/&+]")) {
            return true;
        }
        if (g.startsWith(",") || g.startsWith("，")) {
            g = g.substring(1).strip();
        }
        return cues.investorJoiners.startingAt(g, 0, g.length()) == g.length() || cues.coordinators.startingAt(g, 0, g.length()) == g.length();
    }

    /**
     * "Helix AG – Series A – €18M – Y", "X｜A轮｜1亿元｜Y": the last field of a deal line, after its amount and
     * set off by a dash or bar, names who invested; a line that goes on with figures is a list of companies.
     */
    private static boolean closesDealLine(String text, Mention m) {
        // a deal line is short: looking no further than DEAL_LINE_REACH keeps a megabyte line linear
        int lineStart = lineStartWithin(text, m.start(), DEAL_LINE_REACH);
        if (lineStart < 0) {
            return false;
        }
        int back = m.start() - 1;
        while (back >= lineStart && Character.isWhitespace(text.charAt(back))) {
            back--;
        }
        if (back < lineStart || DEAL_FIELD_SEPARATORS.indexOf(text.charAt(back)) < 0) {
            return false;
        }
        int previousField = back - 1;
        while (previousField >= lineStart && DEAL_FIELD_SEPARATORS.indexOf(text.charAt(previousField)) < 0) {
            previousField--;
        }
        if (previousField < lineStart || !hasDigit(text, previousField + 1, back)) {
            return false; // the field before must hold the amount, and a company must open the line
        }
        // the rest of the line, up to DEAL_LINE_REACH, holds no figure; hasDigit stops at the line's end
        return !hasDigit(text, m.end(), Math.min(text.length(), m.end() + DEAL_LINE_REACH));
    }

    /** Start of the line holding {@code at}, or -1 when it begins further back than {@code reach}. */
    private static int lineStartWithin(String text, int at, int reach) {
        int floor = Math.max(0, at - reach);
        for (int i = at - 1; i >= floor; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return floor == 0 ? 0 : -1;
    }

    /** A digit in [from, to) before the next line break. */
    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to && text.charAt(i) != '\n'; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Named in a list with other companies: "A, B und C", "X和其他公司". */
    private boolean isCoordinated(String text, Mention m, List<Mention> all) {
        int after = cues.coordinators.startingAt(text, m.end(), 8);
        if (after >= 0 && text.substring(m.end(), after).strip().length() <= 4) {
            return true;
        }
        Mention next = firstAfter(all, m.end(), m.end() + 4);
        if (next != null && text.substring(m.end(), next.start()).strip().matches("[,，、/&]")) {
            return true;
        }
        int before = cues.coordinators.endingAt(text, m.start(), 8);
        if (before >= 0) {
            Mention prev = lastBefore(all, 0, before + 1);
            return prev != null && text.substring(prev.end(), before).strip().length() <= 2;
        }
        Mention prev = lastBefore(all, Math.max(0, m.start() - 4), m.start());
        return prev != null && text.substring(prev.end(), m.start()).strip().matches("[,，、/&]");
    }

    private static List<Mention> within(List<Mention> mentions, int from, int to) {
        return SortedMentions.within(mentions, from, to);
    }

    private static Mention lastBefore(List<Mention> mentions, int from, int before) {
        return SortedMentions.lastBefore(mentions, from, before);
    }

    private static Mention firstAfter(List<Mention> mentions, int after, int to) {
        return SortedMentions.firstAfter(mentions, after, to);
    }
}
