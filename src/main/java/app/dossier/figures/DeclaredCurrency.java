package app.dossier.figures;

import java.util.TreeMap;

/**
 * Which yuan a bare 元 is: a report that names its currency once ("新台幣86.5億元") keeps it for the 元
 * amounts after it. A traditional-Chinese report keeps it throughout (Taiwanese and Hong Kong texts seldom
 * mean renminbi by a bare 元); elsewhere only within the paragraph that named it.
 */
final class DeclaredCurrency {
    private static final String RENMINBI = "CNY";

    private final String text;
    private final TextSegments seg;
    private final boolean wholeDocument;
    /** Position of each declaration to its currency. */
    private final TreeMap<Integer, String> declared = new TreeMap<>();

    DeclaredCurrency(String text, String language, TextSegments seg, NumberWords words) {
        this.text = text;
        this.seg = seg;
        this.wholeDocument = "zh-Hant".equals(language);
        for (NumberWords.Entry<String> e : words.yuanDeclared) {
            for (int at = text.indexOf(e.word()); at >= 0; at = text.indexOf(e.word(), at + 1)) {
                declared.putIfAbsent(at, e.meaning());
            }
        }
    }

    /** The amount with the currency its text declared before it, when it only says 元. */
    Amount apply(Amount a) {
        if (!RENMINBI.equals(a.currency()) || declared.isEmpty() || declaresItself(a)) {
            return a;
        }
        var before = declared.lowerEntry(a.start());
        if (before == null || before.getValue().equals(a.currency())) {
            return a;
        }
        boolean reaches = wholeDocument || seg.paragraph(a.numberStart()).contains(before.getKey());
        return reaches ? new Amount(a.start(), a.end(), a.numberStart(), a.value(), a.valueMax(), before.getValue(),
                a.percent(), a.approx()) : a;
    }

    /** "人民幣35億元", "RMB 2 亿元": the amount names its own currency. */
    private boolean declaresItself(Amount a) {
        var inside = declared.ceilingEntry(a.start());
        return inside != null && inside.getKey() < a.end();
    }
}
