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
    private static final Set<String> FROM_TO_CONNECTORS = Set.of("到", "至", "to");

    private final NumberWords words;
    private final CueBook cues;
    private final WordTable<Double> cjkMagnitudes;
    private final WordTable<Double> deScale;
    private final WordTable<Double> enScale;
    private final WordTable<Double> attachedLetters;
    private final WordTable<String> currencyAfter;
    private final WordTable<String> currencyBefore;

    NumberReader(NumberWords words, CueBook cues) {
        this.words = words;
        this.cues = cues;
        cjkMagnitudes = new WordTable<>(words.cjkMagnitudes, true);
        deScale = new WordTable<>(words.scaleWords.get("de"), true);
        enScale = new WordTable<>(words.scaleWords.get("en"), false);
        attachedLetters = new WordTable<>(words.attachedScaleLetters, true);
        currencyAfter = new WordTable<>(words.currencyAfter, false);
        currencyBefore = new WordTable<>(words.currencyBefore, true);
    }

    private record Raw(int start, int end, double value, boolean cjk) {
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
            Amount a = null;
            Raw raw = null;
            if (isArabicStart(text, i)) {
                raw = readArabic(text, i, german);
            } else if (startsWithAny(text, i, words.cjkPercentPrefix) != null) {
                a = readCjkPercent(text, i, german);
            } else if (isCjkRunStart(text, i)) {
                raw = readCjkRun(text, i);
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

    private Amount complete(String text, Raw raw, boolean german) {
        if (Double.isNaN(raw.value())) {
            return null;
        }
        if (raw.cjk() && isTenths(text, raw)) {
            return percentAmount(text, raw.start(), raw.end() + 1, raw.start(), raw.value() * 10, null, false);
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
        Raw second = readRangeEnd(text, end, german, raw);
        if (second != null) {
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
        String currency = u.currency() != null ? u.currency() : prefix != null ? prefix.meaning() : null;
        if (currency == null && u.counted()) {
            return null;
        }
        if (raw.cjk() && !hasCjkDigit(text, raw) && currency == null) {
            return null; // "千万" alone is an adverb ("by all means"), not ten million
        }
        double mult = u.multiplier();
        Double max = valueMax == null ? null : valueMax;
        return new Amount(start, end, raw.start(), times(value, mult), max, currency, false, approx, false);
    }

    /** Decimal arithmetic, so that 4.15 亿 is 415000000 and not 415000000.00000006. */
    private static double times(double value, double multiplier) {
        return java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(multiplier)).doubleValue();
    }

    private static boolean compatible(Units a, Units b) {
        return a.percent() == b.percent();
    }

    private Amount percentAmount(String text, int start, int end, int numberStart, double value, Double max, boolean approx) {
        boolean hedged = approx || cues.hedgesBefore.endingAt(text, start, 12) >= 0;
        return new Amount(start, end, numberStart, value, max, null, true, hedged, false);
    }

    private Raw readRangeEnd(String text, int pos, boolean german, Raw first) {
        int p = skipGap(text, pos);
        String connector = startsWithAny(text, p, words.rangeConnectors);
        if (connector == null) {
            return null;
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
        if (isArabicStart(text, q) || (q < text.length() && Character.isDigit(text.charAt(q)))) {
            return readArabic(text, q, german);
        }
        if (first.cjk() && isCjkRunStart(text, q)) {
            return readCjkRun(text, q);
        }
        return null;
    }

    private Units readUnits(String text, int pos, boolean german, boolean hasPrefixCurrency) {
        int q = pos;
        double mult = 1;
        boolean approx = false;
        int p = skipGap(text, q);
        String infix = startsWithAny(text, p, words.cjkApproxInfix);
        if (infix != null && cjkMagnitudes.at(text, p + infix.length()) != null) {
            approx = true;
            p += infix.length();
        }
        WordTable.Match<Double> mag = cjkMagnitudes.at(text, p);
        if (mag == null) {
            mag = (german ? deScale : enScale).at(text, p);
        }
        if (mag == null && hasPrefixCurrency && p == q) {
            mag = attachedLetters.at(text, q);
            if (mag != null && mag.end() < text.length() && Character.isLetterOrDigit(text.charAt(mag.end()))) {
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
        boolean counted = words.counters.startingAt(text, q, 8) >= 0;
        return new Units(q, mult, null, false, false, approx, counted);
    }

    // ---- number tokens ----

    private static boolean isArabicStart(String text, int i) {
        char c = text.charAt(i);
        if (!isArabicDigit(c)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        boolean afterSeparator = (prev == '.' || prev == ',') && i >= 2 && isArabicDigit(text.charAt(i - 2));
        return !isArabicDigit(prev) && !afterSeparator;
    }

    private static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static Raw readArabic(String text, int i, boolean german) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (isArabicDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',') && j + 1 < text.length() && isArabicDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return new Raw(i, j, parseArabic(text.substring(i, j), german), false);
    }

    /** German writes 2,5 and 30.000; English and Chinese write 2.5 and 30,000. Three digits after a separator mark thousands. */
    static double parseArabic(String token, boolean german) {
        StringBuilder digits = new StringBuilder();
        for (char c : token.toCharArray()) {
            digits.append(isArabicDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        String s = digits.toString();
        int dots = count(s, '.');
        int commas = count(s, ',');
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
        } else if (dots + commas == 0) {
            decimal = 0;
        } else {
            char sep = dots > 0 ? '.' : ',';
            boolean groupsOfThree = s.substring(s.indexOf(sep) + 1).matches("\\d{3}(?:[.,]\\d{3})*");
            boolean thousands = dots + commas > 1 || (groupsOfThree && (german ? sep == '.' : sep == ','));
            decimal = thousands ? 0 : sep;
        }
        StringBuilder plain = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) {
                plain.append(c);
            } else if (c == decimal) {
                plain.append('.');
            }
        }
        return Double.parseDouble(plain.toString());
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private boolean isCjkRunStart(String text, int i) {
        char c = text.charAt(i);
        if (!words.cjkDigits.containsKey(c) && !words.cjkUnits.containsKey(c) || words.cjkDigits.get(c) != null && words.cjkDigits.get(c) == 0) {
            return false; // nobody writes a number starting with 零: 零一萬物 is a name
        }
        if (i > 0) {
            char prev = text.charAt(i - 1);
            if (words.cjkDigits.containsKey(prev) || words.cjkUnits.containsKey(prev)) {
                return false;
            }
        }
        for (String vague : words.cjkVagueBefore) {
            if (text.startsWith(vague, i - vague.length()) && i >= vague.length()) {
                return false;
            }
        }
        return true;
    }

    private Raw readCjkRun(String text, int i) {
        int j = i;
        while (j < text.length() && (words.cjkDigits.containsKey(text.charAt(j)) || words.cjkUnits.containsKey(text.charAt(j)))) {
            j++;
        }
        double v = parseCjk(text.substring(i, j));
        return Double.isNaN(v) ? new Raw(i, j, Double.NaN, true) : new Raw(i, j, v, true);
    }

    /** 十五 = 15, 三十 = 30, 一百零五 = 105; two digits in a row (六七, "six or seven") are vague: NaN. */
    double parseCjk(String run) {
        long section = 0;
        int digit = -1;
        boolean lastWasDigit = false;
        for (char c : run.toCharArray()) {
            Integer d = words.cjkDigits.get(c);
            if (d != null) {
                if (lastWasDigit && d != 0 && digit != 0) {
                    return Double.NaN;
                }
                digit = d;
                lastWasDigit = true;
            } else {
                int unit = words.cjkUnits.get(c);
                section += (long) (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                lastWasDigit = false;
            }
        }
        return section + Math.max(digit, 0);
    }

    private boolean hasCjkDigit(String text, Raw raw) {
        String run = text.substring(raw.start(), raw.end());
        if (run.equals("十")) {
            return true;
        }
        return run.chars().anyMatch(c -> words.cjkDigits.containsKey((char) c) && c != '零' && c != '〇');
    }

    /** 七成 = 70 %: a single digit before 成 that does not start a word (成立, 成功). */
    private boolean isTenths(String text, Raw raw) {
        if (raw.end() >= text.length() || text.charAt(raw.end()) != words.cjkTenthsSuffix || Double.isNaN(raw.value())) {
            return false;
        }
        if (raw.end() - raw.start() != 1 || raw.value() > 10 || raw.value() < 1) {
            return false;
        }
        int next = raw.end() + 1;
        if (next >= text.length()) {
            return true;
        }
        return !words.cjkTenthsNotBefore.contains(String.valueOf(text.charAt(next)));
    }

    private Amount readCjkPercent(String text, int i, boolean german) {
        String prefix = startsWithAny(text, i, words.cjkPercentPrefix);
        int p = i + prefix.length();
        Raw raw = p < text.length() && isArabicDigit(text.charAt(p)) ? readArabic(text, p, german)
                : p < text.length() && words.cjkDigits.containsKey(text.charAt(p)) || p < text.length() && words.cjkUnits.containsKey(text.charAt(p))
                ? readCjkRun(text, p) : null;
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

    private static String startsWithAny(String text, int pos, List<String> options) {
        for (String o : options) {
            if (text.startsWith(o, pos)) {
                return o;
            }
        }
        return null;
    }

    private static boolean isLetterBefore(String text, int start, int end) {
        boolean latin = Character.isLetter(text.charAt(start)) && text.charAt(start) < 0x2E80;
        return latin && start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x2E80;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
