package app.dossier.figures;

import java.util.List;

/**
 * The number itself, before its units: Arabic digits in German or English notation (2,5 / 30.000 / 3,050)
 * and Chinese numerals (十五, 三十, 一百零五), plus 七成 (seventy percent).
 */
final class NumberTokens {
    /** A number token at [start, end); NaN when it is vague (六七, "six or seven"). */
    record Raw(int start, int end, double value, boolean cjk) {
    }

    /** "２８．４％", "四十二．六億": Chinese typesetting writes the decimal point full width. */
    static final char FULL_WIDTH_POINT = '．';
    /** What separates whole from fraction in a number of Chinese numerals: 四十二．六, 三点五, 二八.四. */
    private static final String CJK_DECIMAL_POINTS = ".．点點";

    private final NumberWords words;
    private final java.util.BitSet starters = new java.util.BitSet(0x10000);

    NumberTokens(NumberWords words) {
        this.words = words;
        starters.set('0', '9' + 1);
        starters.set('０', '９' + 1);
        words.cjkDigits.keySet().forEach(c -> starters.set(c));
        words.cjkUnits.keySet().forEach(c -> starters.set(c));
        words.cjkPercentPrefix.forEach(p -> starters.set(p.charAt(0)));
    }

    /** Most characters cannot start a number; the reader skips them without further checks. */
    boolean mayStartNumber(char c) {
        return starters.get(c);
    }

    static boolean isArabicStart(String text, int i) {
        char c = text.charAt(i);
        if (!isArabicDigit(c)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        boolean afterSeparator = (prev == '.' || prev == ',' || prev == FULL_WIDTH_POINT) && i >= 2 && isArabicDigit(text.charAt(i - 2));
        return !isArabicDigit(prev) && !afterSeparator;
    }

    static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static Raw readArabic(String text, int i, boolean german) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (isArabicDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == FULL_WIDTH_POINT) && j + 1 < text.length() && isArabicDigit(text.charAt(j + 1))) {
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
            digits.append(isArabicDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c == FULL_WIDTH_POINT ? '.' : c);
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

    boolean isCjkRunStart(String text, int i) {
        char c = text.charAt(i);
        if (!words.cjkDigits.containsKey(c) && !words.cjkUnits.containsKey(c) || words.cjkDigits.get(c) != null && words.cjkDigits.get(c) == 0) {
            return false; // nobody writes a number starting with 零: it starts a name or a word
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

    Raw readCjkRun(String text, int i) {
        int j = i;
        while (j < text.length() && (words.cjkDigits.containsKey(text.charAt(j)) || words.cjkUnits.containsKey(text.charAt(j)))) {
            j++;
        }
        String whole = text.substring(i, j);
        int fractionEnd = j + 1;
        while (j < text.length() && CJK_DECIMAL_POINTS.indexOf(text.charAt(j)) >= 0
                && fractionEnd < text.length() && words.cjkDigits.containsKey(text.charAt(fractionEnd))) {
            fractionEnd++;
        }
        if (fractionEnd > j + 1) {
            // "三五．二％" = 35.2 %, "四十二．六億" = 42.6億: before a decimal point, digits in a row are
            // written one by one (二八 = 28), not a vague "two or eight"; after it, always
            double v = wholePart(whole) + Double.parseDouble("0." + positional(text.substring(j + 1, fractionEnd)));
            return Double.isNaN(v) ? new Raw(i, fractionEnd, Double.NaN, true) : new Raw(i, fractionEnd, v, true);
        }
        double v = parseCjk(whole);
        return Double.isNaN(v) ? new Raw(i, j, Double.NaN, true) : new Raw(i, j, v, true);
    }

    private double wholePart(String run) {
        boolean digitsOnly = run.chars().allMatch(c -> words.cjkDigits.containsKey((char) c));
        return digitsOnly && run.length() > 1 ? Double.parseDouble(positional(run)) : parseCjk(run);
    }

    /** 二八 → "28", 〇五 → "05": Chinese digits read one by one, as Arabic digits are. */
    private String positional(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append((char) ('0' + words.cjkDigits.get(c)));
        }
        return out.toString();
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

    boolean hasCjkDigit(String text, Raw raw) {
        String run = text.substring(raw.start(), raw.end());
        if (run.equals("十")) {
            return true;
        }
        return run.chars().anyMatch(c -> words.cjkDigits.containsKey((char) c) && c != '零' && c != '〇');
    }

    /** 七成 = 70 %: a single digit before 成 that does not start a word (成立, 成功). */
    boolean isTenths(String text, Raw raw) {
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

    static String startsWithAny(String text, int pos, List<String> options) {
        for (String o : options) {
            if (text.startsWith(o, pos)) {
                return o;
            }
        }
        return null;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
