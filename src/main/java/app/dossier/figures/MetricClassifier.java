package app.dossier.figures;

import app.dossier.model.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * Names what an amount measures from the cue words around it: the nearest cue wins, a cue before the
 * number counts more than one after it, and a cue in another clause counts less. Money takes only money
 * metrics and percentages only share metrics; cues of the "other" list (fund sizes, prices, acquisitions)
 * win when they are nearer, so those amounts are not passed off as funding or revenue.
 */
final class MetricClassifier {
    private static final int MAX_SCORE = 60;
    private static final int OTHER_CLAUSE_PENALTY = 25;
    private static final int LOOK_BEHIND = 90;
    private static final int LOOK_AHEAD = 40;
    /** Another amount of money: a currency sign before digits, or digits with a scale word after them. */
    private static final java.util.regex.Pattern ANOTHER_AMOUNT = java.util.regex.Pattern.compile(
            "[$€£¥]\\s?\\d|\\d\\s?(?:[MBK]\\b|bn\\b|m\\b|Mio|Mrd|Tsd|million|billion|亿|億|万|萬)");

    record Cue(String metric, int start, int end, int score) {
    }

    /** Between a round and its valuation: "at a", "at the", "bei einer", "zu einer", then the valuation's amount. */
    private static final java.util.regex.Pattern PRICED_AT = java.util.regex.Pattern.compile(
            "[\\s,]*(?:(?:Series|Serie)\\s+[A-H]\\+?\\s+)?(?:at|bei|zu)\\s+(?:(?:a|an|the|einer|der)\\s+)?");

    private final CueBook cues;

    MetricClassifier(CueBook cues) {
        this.cues = cues;
    }

    /** The best cue for the amount, or null when nothing near it names a metric. */
    Cue classify(String text, Amount a, TextSegments seg, boolean anywhereInSentence) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        TextSegments.Span clause = seg.clause(a.numberStart());
        int from = anywhereInSentence ? sentence.start() : Math.max(sentence.start(), a.start() - LOOK_BEHIND);
        int to = Math.min(sentence.end(), a.end() + LOOK_AHEAD);
        List<Cue> found = new ArrayList<>();
        for (PhraseSet.Hit h : outermost(cues.metrics.findIn(text, from, to))) {
            String metric = h.label();
            boolean fits = Metric.OTHER.equals(metric) || Metric.isPercent(metric) == a.percent();
            // "closed $30M at a $210M valuation": a cue behind the next amount names that one, not this
            boolean behindAnother = h.start() >= a.end() && ANOTHER_AMOUNT.matcher(text).region(a.end(), h.start()).find();
            if (behindAnother && Metric.VALUATION.equals(metric) && !a.percent()
                    && PRICED_AT.matcher(text).region(a.end(), h.start()).lookingAt()) {
                // "closed $30M at a $210M valuation", "18 Mio. € bei einer Bewertung von 90 Mio. €": the round priced there
                found.add(new Cue(Metric.FUNDING, h.start(), h.end(), score(h, a, text, clause, anywhereInSentence)));
                continue;
            }
            if (metric != null && fits && !behindAnother && (h.end() <= a.start() || h.start() >= a.end())) {
                found.add(new Cue(metric, h.start(), h.end(), score(h, a, text, clause, anywhereInSentence)));
            }
        }
        // "Der Umsatz lag bei 28 Mio. Euro, der Verlust bei 61 Mio.": a cue of the amount's own clause beats a
        // nearer one that opens the next clause
        boolean ownClauseCue = found.stream().anyMatch(c -> clause.contains(c.start()));
        Cue best = null;
        for (Cue c : found) {
            boolean nextClause = c.start() >= a.end() && !clause.contains(c.start());
            if ((anywhereInSentence || c.score() <= MAX_SCORE) && !(ownClauseCue && nextClause)
                    && (best == null || c.score() < best.score())) {
                best = c;
            }
        }
        if (best == null && !a.percent() && a.currency() != null) {
            best = pricedRound(text, a, clause);
        }
        return best;
    }

    /** "at" between two sums of money with no other cue: "closing €400 million at €3 billion". */
    private static final java.util.regex.Pattern AT_MONEY_AHEAD = java.util.regex.Pattern.compile("\\s+at\\s+(?:about\\s+|around\\s+|roughly\\s+)?[$€£¥]\\s?\\d");
    private static final java.util.regex.Pattern PER_SHARE = java.util.regex.Pattern.compile("\\s*(?:a|per|each)\\s+share");
    private static final java.util.regex.Pattern MONEY_AT_BEHIND = java.util.regex.Pattern.compile(
            "(?:[$€£¥]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:[$€£¥]|USD|EUR))\\s?(?:billion|million|bn|mn|B|M)?\\s+at\\s+(?:about\\s+|around\\s+|roughly\\s+)?$");

    /**
     * A sum raised at a price: the first amount is the round, the second, "at" it, the valuation. Only for amounts no
     * cue names; a price per share ("at $20 a share") is not a valuation.
     */
    private Cue pricedRound(String text, Amount a, TextSegments.Span clause) {
        // a currency sign may stand before the clause the number opens ("$\n40 million"): never look behind the amount's start
        int behindFrom = Math.min(a.start(), Math.max(clause.start(), a.start() - 40));
        if (MONEY_AT_BEHIND.matcher(text).region(behindFrom, a.start()).find() && !PER_SHARE.matcher(text).region(a.end(),
                Math.min(text.length(), a.end() + 16)).lookingAt()) {
            return new Cue(Metric.VALUATION, a.start(), a.start(), MAX_SCORE);
        }
        java.util.regex.Matcher ahead = AT_MONEY_AHEAD.matcher(text).region(a.end(), Math.min(text.length(), a.end() + 24));
        if (ahead.lookingAt()) {
            return new Cue(Metric.FUNDING, a.end(), ahead.end(), MAX_SCORE);
        }
        return null;
    }

    /**
     * The cues not inside a longer one: "cost of revenue" and "sales and marketing" name costs, not the
     * revenue their last word is a cue for.
     */
    static List<PhraseSet.Hit> outermost(List<PhraseSet.Hit> hits) {
        List<PhraseSet.Hit> out = new ArrayList<>(hits.size());
        for (PhraseSet.Hit h : hits) {
            boolean inner = false;
            for (PhraseSet.Hit o : hits) {
                if (o != h && o.start() <= h.start() && h.end() <= o.end() && o.end() - o.start() > h.end() - h.start()) {
                    inner = true;
                    break;
                }
            }
            if (!inner) {
                out.add(h);
            }
        }
        return out;
    }

    private static int score(PhraseSet.Hit h, Amount a, String text, TextSegments.Span clause, boolean lenient) {
        int s;
        if (h.end() <= a.start()) {
            s = a.start() - h.end();
        } else {
            // "a $183 billion post-money valuation", "3亿美元融资": a cue right behind the amount names it
            s = text.substring(a.end(), h.start()).isBlank() ? 1 : (h.start() - a.end()) * 2 + 4;
        }
        boolean sameClause = clause.contains(h.start()) || clause.contains(Math.max(h.start(), h.end() - 1));
        return sameClause || lenient ? s : s + OTHER_CLAUSE_PENALTY;
    }

    /** "spends 2 billion yuan every month", "每月支出2亿元": money spent per month is the burn rate. */
    boolean spentMonthly(String text, Amount a, TextSegments seg) {
        TextSegments.Span clause = seg.clause(a.numberStart());
        return cues.monthlySpend.containsIn(text, Math.max(clause.start(), a.start() - LOOK_BEHIND), a.start());
    }

    /** Growth and change ("um 12 % gestiegen", "增长了30%", "grew by 40%") are not levels of a share. */
    boolean isChange(String text, Amount a, TextSegments seg) {
        TextSegments.Span clause = seg.clause(a.numberStart());
        if (cues.changeBefore.endingAt(text, a.start(), 8) >= 0) {
            return true;
        }
        int from = Math.max(clause.start(), a.start() - 12);
        int to = Math.min(clause.end(), a.end() + 16);
        return cues.change.containsIn(text, from, a.start()) || cues.change.containsIn(text, a.end(), to);
    }
}
