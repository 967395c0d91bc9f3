package app.dossier.figures;

import app.dossier.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads money amounts and percentages in German, English and Chinese notation: 25億, 70多億, 十五億,
 * 4万至5万, 2,5 Milliarden US-Dollar, 30.000 Dollar, $1.3B, 3,050万美元, 50-80 %, 百分之一, 七成.
 * A plain number (a year, a count, a model version) is not an amount and is not returned.
 */
final class NumberReader {
    private static final int MAX_GAP = 3;
    /** How far before a range's first end its "between" / "by" may stand (a hedge such as "about" may come between). */
    private static final int BETWEEN_REACH = 16;
    /** The longest word read as an adjective between a count and its noun ("monthly", "zahlende"). */
    private static final int ADJECTIVE_LETTERS = 12;
    private static final Set<String> FROM_TO_CONNECTORS = Set.of("到", "至", "to");
    private static final double TRILLION = 1e12;
    /** 兆 before these is the metric prefix mega ("兆瓦", "兆字节"), not a trillion. */
    private static final String MEGA_UNITS = "瓦赫字位比帕焦欧歐";

    private final NumberWords words;
    private final NumberTokens tokens;
    private final CueBook cues;
    private final WordTable<Double> cjkMagnitudes;
    private final WordTable<Double> deScale;
    private final WordTable<Double> enScale;
    private final WordTable<Double> attachedLetters;
    private final WordTable<String> currencyAfter;
    private final WordTable<String> currencyBefore;

    NumberReader(NumberWords words, CueBook cues) {
        this.words = words;
        this.tokens = new NumberTokens(words);
        this.cues = cues;
        cjkMagnitudes = new WordTable<>(words.cjkMagnitudes, true);
        deScale = new WordTable<>(words.scaleWords.get("de"), true);
        // German scale words are unambiguous in any text except Billion (10^12 in German, 10^9 in English)
        List<NumberWords.Entry<Double>> otherScale = new ArrayList<>(words.scaleWords.get("en"));
        words.scaleWords.get("de").stream().filter(e -> e.meaning() < 1e12).forEach(otherScale::add);
        otherScale.sort(java.util.Comparator.comparingInt((NumberWords.Entry<Double> e) -> e.word().length()).reversed());
        enScale = new WordTable<>(otherScale, false);
        attachedLetters = new WordTable<>(words.attachedScaleLetters, true);
        currencyAfter = new WordTable<>(words.currencyAfter, false);
        currencyBefore = new WordTable<>(words.currencyBefore, true);
    }

    private record Units(int end, double multiplier, String currency, boolean percent, boolean points,
                         boolean approx, boolean counted) {
        boolean any() {
            return multiplier != 1 || currency != null || percent || points;
        }
    }

    List<Amount> read(String text, String language) {
        boolean german = Language.DE.equals(language);
        List<Amount> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!tokens.mayStartNumber(text.charAt(i))) {
                i++;
                continue;
            }
            Amount a = null;
            NumberTokens.Raw raw = null;
            if (NumberTokens.isArabicStart(text, i)) {
                raw = NumberTokens.readArabic(text, i, german);
            } else if (NumberTokens.startsWithAny(text, i, words.cjkPercentPrefix) != null) {
                a = readCjkPercent(text, i, german);
            } else if (tokens.isCjkRunStart(text, i)) {
                raw = tokens.readCjkRun(text, i);
            }
            if (raw != null) {
                a = complete(text, raw, german);
            }
            if (a != null) {
                out.add(a);
                i = Math.max(a.end(), i + 1);
            } else {
                i = raw != null ? Math.max(raw.end(), i + 1) : i + 1;
            }
        }
        return out;
    }

    // ---- one amount: number, units, maybe a range ----

    private Amount complete(String text, NumberTokens.Raw raw, boolean german) {
        if (Double.isNaN(raw.value())) {
            return null;
        }
        if (raw.cjk() && tokens.isTenths(text, raw)) {
            return tenths(text, raw);
        }
        NumberWords.Entry<String> prefix = null;
        int start = raw.start();
        WordTable.Match<String> pre = currencyBefore.endingAt(text, raw.start());
        int hedgeStart = cues.hedgesBefore.endingAt(text, raw.start(), 12);
        if (pre == null && hedgeStart >= 0) {
            pre = currencyBefore.endingAt(text, hedgeStart);
        }
        if (pre != null && !isLetterBefore(text, pre.start(), pre.end())) {
            prefix = new NumberWords.Entry<>(text.substring(pre.start(), pre.end()), pre.meaning());
            start = pre.start();
        }
        Units u1 = readUnits(text, raw.end(), german, prefix != null);
        double value = raw.value();
        Double valueMax = null;
        Units u = u1;
        int end = u1.any() ? u1.end() : raw.end();
        Units compound = trillionsAndMore(text, u1, german, prefix != null);
        if (compound != null) {
            // "2兆3,150億元": one amount written in two magnitudes
            value = times(raw.value(), TRILLION) + times(NumberTokens.readArabic(text, u1.end(), german).value(), compound.multiplier());
            u = new Units(compound.end(), 1, compound.currency(), false, false, compound.approx(), compound.counted());
            end = compound.end();
        }
        NumberTokens.Raw second = compound != null ? null : readRangeEnd(text, end, german, raw, start, prefix);
        if (second != null && !Double.isNaN(second.value())) {
            Units u2 = readUnits(text, second.end(), german, prefix != null);
            if (u2.any() && (!u1.any() || compatible(u1, u2))) {
                double m1 = u1.any() && u1.multiplier() != 1 ? u1.multiplier() : u2.multiplier();
                double lo = raw.value() * m1;
                double hi = times(second.value(), u2.multiplier());
                if (hi > lo) {
                    value = raw.value();
                    valueMax = hi;
                    u = new Units(u2.end(), m1, u2.currency() != null ? u2.currency() : u1.currency(),
                            u2.percent(), u2.points(), u1.approx() || u2.approx(), u2.counted());
                    end = u2.end();
                    if (u.percent()) {
                        valueMax = second.value();
                    }
                }
            }
        }
        if (u.points() || (!u.any() && prefix == null)) {
            return null;
        }
        boolean approx = u.approx() || hedgeStart >= 0
                || (prefix != null && cues.hedgesBefore.endingAt(text, start, 12) >= 0)
                || cues.hedgesAfter.startingAt(text, end, 6) >= 0;
        if (u.percent()) {
            return percentAmount(text, start, end, raw.start(), value, valueMax, approx);
        }
        // "新台幣30億元": the currency before the number is the specific one, 元 after it only the unit
        String currency = prefix != null ? prefix.meaning() : u.currency();
        if (currency == null && u.counted()) {
            return null;
        }
        if (raw.cjk() && !tokens.hasCjkDigit(text, raw) && currency == null) {
            return null; // "千万" alone is an adverb ("by all means"), not ten million
        }
        return new Amount(start, end, raw.start(), times(value, u.multiplier()), valueMax, currency, false, approx);
    }

    /** After "N兆", a number with a smaller magnitude ("4,230億元") is the rest of the same amount; its units. */
    private Units trillionsAndMore(String text, Units first, boolean german, boolean hasPrefixCurrency) {
        int p = first.end();
        if (first.multiplier() != TRILLION || first.currency() != null || first.percent() || p >= text.length()
                || !NumberTokens.isArabicDigit(text.charAt(p))) {
            return null;
        }
        NumberTokens.Raw rest = NumberTokens.readArabic(text, p, german);
        Units units = readUnits(text, rest.end(), german, hasPrefixCurrency);
        return units.multiplier() > 1 && units.multiplier() < TRILLION && !units.percent() && !units.points() ? units : null;
    }

    /** Decimal arithmetic, so that 4.15 亿 is exactly 415000000. */
    private static double times(double value, double multiplier) {
        if (!Double.isFinite(value) || !Double.isFinite(multiplier)) {
            return value * multiplier;
        }
        return java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(multiplier)).doubleValue();
    }

    private static boolean compatible(Units a, Units b) {
        return a.percent() == b.percent();
    }

    private Amount percentAmount(String text, int start, int end, int numberStart, double value, Double max, boolean approx) {
        boolean hedged = approx || cues.hedgesBefore.endingAt(text, start, 12) >= 0;
        return new Amount(start, end, numberStart, value, max, null, true, hedged);
    }

    private NumberTokens.Raw readRangeEnd(String text, int pos, boolean german, NumberTokens.Raw first, int firstStart,
                                          NumberWords.Entry<String> firstCurrency) {
        int p = skipGap(text, pos);
        String connector = NumberTokens.startsWithAny(text, p, words.rangeConnectors);
        boolean between = false;
        if (connector == null) {
            // "between $440 million and $460 million", "zwischen 8 und 10 Mio. €": "and" joins two ends only after "between"
            connector = NumberTokens.startsWithAny(text, p, words.betweenConnectors);
            between = connector != null && words.betweenBeforeRange.endingAt(text, firstStart, BETWEEN_REACH) >= 0;
            if (!between) {
                return null;
            }
        }
        if (Character.isLetter(connector.charAt(0)) && connector.charAt(0) < 0x2E80
                && (p + connector.length() < text.length() && Character.isLetter(text.charAt(p + connector.length())))) {
            return null;
        }
        if (FROM_TO_CONNECTORS.contains(connector) && words.fromBeforeRange.endingAt(text, first.start(), 10) >= 0
                || FROM_TO_CONNECTORS.contains(connector) && words.fromBeforeRange.containsIn(text, Math.max(0, first.start() - 8), first.start())) {
            return null; // "从50万到1.5亿": a change over time, two amounts
        }
        int q = skipGap(text, p + connector.length());
        if (q >= text.length()) {
            return null;
        }
        WordTable.Match<String> again = firstCurrency == null ? null : currencyBefore.at(text, q);
        if (again != null && again.meaning().equals(firstCurrency.meaning())) {
            // "$440 million to $460 million": the second end repeats the currency; after "by" it is the level reached
            if (!between && words.changeBeforeRange.endingAt(text, firstStart, BETWEEN_REACH) >= 0) {
                return null;
            }
            q = skipGap(text, again.end());
            if (q >= text.length()) {
                return null;
            }
        }
        if (NumberTokens.isArabicDigit(text.charAt(q))) {
            return NumberTokens.readArabic(text, q, german);
        }
        if (first.cjk() && tokens.isCjkRunStart(text, q)) {
            return tokens.readCjkRun(text, q);
        }
        return null;
    }

    private Units readUnits(String text, int pos, boolean german, boolean hasPrefixCurrency) {
        int q = pos;
        double mult = 1;
        boolean approx = false;
        int p = skipGap(text, q);
        String infix = NumberTokens.startsWithAny(text, p, words.cjkApproxInfix);
        if (infix != null && cjkMagnitudes.at(text, p + infix.length()) != null) {
            approx = true;
            p += infix.length();
        }
        WordTable.Match<Double> mag = cjkMagnitudes.at(text, p);
        if (mag != null && mag.end() < text.length() && MEGA_UNITS.indexOf(text.charAt(mag.end())) >= 0) {
            mag = null;
        }
        if (mag == null) {
            mag = (german ? deScale : enScale).at(text, p);
        }
        if (mag == null && p == q) {
            // "$1.3B", "1.3B USD": a single letter is a scale only next to a currency, else "B2B" would be billions
            mag = attachedLetters.at(text, q);
            boolean standsAlone = mag != null && (mag.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(mag.end())));
            if (!standsAlone || !(hasPrefixCurrency || currencyAfter.at(text, skipGap(text, mag.end())) != null)) {
                mag = null;
            }
        }
        if (mag != null) {
            mult = mag.meaning();
            q = mag.end();
        }
        int pts = words.percentagePoints.startingAt(text, q, 24);
        if (pts >= 0) {
            return new Units(pts, mult, null, false, true, approx, false);
        }
        int pct = words.percentSigns.startingAt(text, q, 12);
        if (pct >= 0 && mult == 1) {
            return new Units(pct, 1, null, true, false, approx, false);
        }
        WordTable.Match<String> cur = currencyAfter.at(text, skipGap(text, q));
        if (cur != null) {
            return new Units(cur.end(), mult, cur.meaning(), false, false, approx, false);
        }
        boolean counted = words.counters.startingAt(text, q, 8) >= 0 || countedAfterAdjective(text, q);
        return new Units(q, mult, null, false, false, approx, counted);
    }

    /**
     * "3 million paying users", "2 Millionen zahlende Kunden", "500 new employees": one lower-case word may
     * stand between a count and what it counts (German nouns are capitalised, so it is not the noun itself).
     */
    private boolean countedAfterAdjective(String text, int pos) {
        int p = skipGap(text, pos);
        if (p == pos || p >= text.length() || !Character.isLowerCase(text.charAt(p)) || text.charAt(p) >= 0x2E80) {
            return false;
        }
        int e = p;
        while (e < text.length() && Character.isLetter(text.charAt(e)) && e - p <= ADJECTIVE_LETTERS) {
            e++;
        }
        if (e - p > ADJECTIVE_LETTERS || e >= text.length() || text.charAt(e) != ' ' || currencyAfter.at(text, p) != null) {
            return false;
        }
        return words.counters.startingAt(text, e, 14) >= 0;
    }

    /**
     * 七成 = 70 %, 一成二 = 12 %, 一成半 = 15 % (a digit after 成 is the next tenth, unless it opens a word: 七成一线城市);
     * 一成多, 三成左右 are approximate.
     */
    private Amount tenths(String text, NumberTokens.Raw raw) {
        int end = raw.end() + 1;
        double value = raw.value() * 10;
        boolean half = end < text.length() && text.charAt(end) == words.cjkTenthsHalf;
        Integer next = half ? Integer.valueOf(5) : end < text.length() ? words.cjkDigits.get(text.charAt(end)) : null;
        if (next != null && next > 0 && (end + 1 >= text.length() || !NumberTokens.isHan(text.charAt(end + 1))
                || cues.hedgesAfter.startingAt(text, end + 1, 6) >= 0 || words.tenthsDigitFollowers.indexOf(text.charAt(end + 1)) >= 0)) {
            value += next; // 一成半 = 15 %, unless 半 opens a word (七成半导体)
            end++;
        }
        boolean approx = cues.hedgesAfter.startingAt(text, end, 6) >= 0;
        return percentAmount(text, raw.start(), end, raw.start(), value, null, approx);
    }

    private Amount readCjkPercent(String text, int i, boolean german) {
        String prefix = NumberTokens.startsWithAny(text, i, words.cjkPercentPrefix);
        int p = i + prefix.length();
        NumberTokens.Raw raw = p < text.length() && NumberTokens.isArabicDigit(text.charAt(p)) ? NumberTokens.readArabic(text, p, german)
                : p < text.length() && words.cjkDigits.containsKey(text.charAt(p)) || p < text.length() && words.cjkUnits.containsKey(text.charAt(p))
                ? tokens.readCjkRun(text, p) : null;
        if (raw == null || Double.isNaN(raw.value())) {
            return null;
        }
        return percentAmount(text, i, raw.end(), p, raw.value(), null, false);
    }

    // ---- helpers ----

    private static int skipGap(String text, int pos) {
        int p = pos;
        while (p < text.length() && p - pos < MAX_GAP && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }


    private static boolean isLetterBefore(String text, int start, int end) {
        boolean latin = Character.isLetter(text.charAt(start)) && text.charAt(start) < 0x2E80;
        return latin && start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x2E80;
    }

}
