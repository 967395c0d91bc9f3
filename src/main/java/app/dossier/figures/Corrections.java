package app.dossier.figures;

/**
 * A correction notice ("Correction: Kestrel raised €8 million, not €6 million as we wrote", "Korrektur: … hatten wir
 * 6 Mio. € genannt, richtig sind 8 Mio. €", "更正：…误写为3亿元，应为5亿元") gives a wrong value and the right one.
 * The wrong one is retracted: no figure is read from it. Only paragraphs that open as a correction are read so.
 */
final class Corrections {
    /** How far into its paragraph a correction's marker may stand ("**Correction:**", "Update, 14:20 — Correction:"). */
    private static final int MARKER_LEAD = 40;
    /** How far before an amount its "not" / "而非" may stand (a currency word or hedge between). */
    private static final int NEGATION_REACH = 12;
    /** How far after an amount its "as we wrote" / "有误" may stand. */
    private static final int AFTER_REACH = 30;

    private final String text;
    private final TextSegments seg;
    private final CueBook cues;

    Corrections(String text, TextSegments seg, CueBook cues) {
        this.text = text;
        this.seg = seg;
        this.cues = cues;
    }

    /** The amount is the wrong value a correction retracts. */
    boolean retracted(Amount a) {
        TextSegments.Span paragraph = seg.paragraph(a.numberStart());
        int lead = Math.min(paragraph.end(), paragraph.start() + MARKER_LEAD);
        if (cues.correctionMarkers.isEmpty() || !cues.correctionMarkers.containsIn(text, paragraph.start(), lead)) {
            return false;
        }
        if (cues.negatedBefore.endingAt(text, a.start(), NEGATION_REACH) >= 0
                || cues.retractedAfter.startingAt(text, afterComma(a.end()), AFTER_REACH) >= 0) {
            return true;
        }
        // "Last week we said X raised €6 million. It was €9 million.": the claim stands before the wrong value, and
        // no "it was" / "应为" between them announces the right one
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        int claim = -1;
        for (PhraseSet.Hit h : cues.retractedBefore.findIn(text, sentence.start(), a.start())) {
            claim = Math.max(claim, h.end());
        }
        return claim >= 0 && !cues.correctedValue.containsIn(text, claim, a.start());
    }

    /** "€6 million, as we wrote": a comma may stand between the value and its "as we wrote". */
    private int afterComma(int pos) {
        int p = pos;
        while (p < text.length() && (text.charAt(p) == ',' || text.charAt(p) == '，' || text.charAt(p) == ' ')) {
            p++;
        }
        return p;
    }
}
