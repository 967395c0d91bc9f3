package app.dossier.figures;

import java.util.TreeMap;

/**
 * Which yuan a bare 元 is: a report that names its currency once ("新台幣86.5億元") keeps it for the 元
 * amounts after it. A traditional-Chinese report keeps it throughout (Taiwanese and Hong Kong texts seldom
 * mean renminbi by a bare 元); elsewhere only within the paragraph that named it. A traditional-Chinese
 * report that never says which yuan before an amount means the one it names later (a footnote, a unit line
 * at the end), and when it names none but reads as Taiwanese (台股, a four-digit stock code after a name,
 * 法說會), New Taiwan dollars: Taiwanese business news writes 營收 in 億元 without saying so. Traditional
 * script alone is no such sign: Hong Kong and overseas media write about mainland companies in it.
 */
final class DeclaredCurrency {
    private static final String RENMINBI = "CNY";
    private static final String TAIWAN_DOLLAR = "TWD";
    private static final java.util.regex.Pattern TAIWANESE = java.util.regex.Pattern.compile(
            "台股|臺股|台灣|臺灣|上市櫃|櫃買|法說會|集保|[\\p{IsHan}A-Za-z][（(]\\d{4}(?:-TW)?[）)]");
    private static final String CJK_MAGNITUDES = "億亿萬万";

    private final String text;
    private final TextSegments seg;
    private final boolean wholeDocument;
    /** The yuan a report means when it names none: New Taiwan dollars in Taiwanese text, else renminbi. */
    private final String unnamedYuan;
    /** Position of each declaration to its currency. */
    private final TreeMap<Integer, String> declared = new TreeMap<>();
    /** Currency words as they follow a number ("Euro", "US-Dollar", "美元"), longest first. */
    private final java.util.List<NumberWords.Entry<String>> currencies;

    DeclaredCurrency(String text, String language, TextSegments seg, NumberWords words) {
        this.text = text;
        this.seg = seg;
        this.wholeDocument = "zh-Hant".equals(language);
        this.unnamedYuan = wholeDocument && TAIWANESE.matcher(text).find() ? TAIWAN_DOLLAR : RENMINBI;
        this.currencies = words.currencyAfter.stream().filter(e -> e.word().length() > 1).toList();
        for (NumberWords.Entry<String> e : words.yuanDeclared) {
            for (int at = text.indexOf(e.word()); at >= 0; at = text.indexOf(e.word(), at + 1)) {
                declared.putIfAbsent(at, e.meaning());
            }
        }
    }

    /**
     * The amount with the currency its text declared before it: when it only says 元; when it names no
     * currency but a Chinese magnitude ("募完12億" under "單位：新台幣億元"); when its sentence says what
     * currency its bare amounts are in ("Gemessen an der Bewertung in Euro folgen Arvelo mit 2,1 Mrd.",
     * "以美元计").
     */
    Amount apply(Amount a) {
        if (a.currency() == null && !a.percent()) {
            String stated = statedForSentence(a);
            if (stated != null) {
                return withCurrency(a, stated);
            }
            if (!hasCjkMagnitude(a)) {
                return a;
            }
        } else if (!RENMINBI.equals(a.currency())) {
            return a;
        }
        if (declaresItself(a)) {
            return a;
        }
        if (declared.isEmpty()) {
            return wholeDocument && RENMINBI.equals(a.currency()) ? withCurrency(a, unnamedYuan) : a;
        }
        var before = declared.lowerEntry(a.start());
        if (before == null) {
            return wholeDocument && RENMINBI.equals(a.currency()) ? withCurrency(a, firstDeclaredOr(unnamedYuan)) : a;
        }
        if (before.getValue().equals(a.currency())) {
            return a;
        }
        boolean reaches = wholeDocument || seg.paragraph(a.numberStart()).contains(before.getKey());
        return reaches ? withCurrency(a, before.getValue()) : a;
    }

    private String firstDeclaredOr(String fallback) {
        return declared.isEmpty() ? fallback : declared.firstEntry().getValue();
    }

    private static Amount withCurrency(Amount a, String currency) {
        return new Amount(a.start(), a.end(), a.numberStart(), a.value(), a.valueMax(), currency, a.percent(), a.approx());
    }

    private boolean hasCjkMagnitude(Amount a) {
        for (int i = a.numberStart(); i < a.end(); i++) {
            if (CJK_MAGNITUDES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "in Euro", "in US dollars", "以美元计" earlier in the amount's sentence: the currency of its bare amounts. */
    private String statedForSentence(Amount a) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        String found = null;
        for (int i = sentence.start(); i < a.start() - 2; i++) {
            int p;
            if (text.regionMatches(true, i, "in ", 0, 3) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                p = i + 3;
            } else if (text.charAt(i) == '以') {
                p = i + 1;
            } else {
                continue;
            }
            for (NumberWords.Entry<String> e : currencies) {
                String w = e.word();
                int end = p + w.length();
                if (end <= a.start() && text.regionMatches(true, p, w, 0, w.length())) {
                    int after = end < text.length() && (text.charAt(end) == 's' || text.charAt(end) == 'n') ? end + 1 : end;
                    boolean stands = text.charAt(i) == '以' ? end < text.length() && "计計".indexOf(text.charAt(end)) >= 0
                            : after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)) && !startsNumber(after);
                    if (stands) {
                        found = e.meaning();
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** "in Euro 5 Mio." names the currency of that one amount, not of the sentence. */
    private boolean startsNumber(int pos) {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p < text.length() && Character.isDigit(text.charAt(p));
    }

    /** "人民幣35億元", "RMB 2 亿元", "35億元人民幣": the amount names its own currency. */
    private boolean declaresItself(Amount a) {
        var inside = declared.ceilingEntry(a.start());
        int after = a.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return inside != null && inside.getKey() <= after;
    }
}
