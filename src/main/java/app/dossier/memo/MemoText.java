package app.dossier.memo;

import app.dossier.matrix.ComparisonMatrix;


/** Sentences every memo format shares, so Markdown, DOCX and PDF say the same. */
final class MemoText {
    private MemoText() {
    }

    /** Said instead of an empty picture. */
    static final String NOTHING_TO_PLOT = "Nothing to plot: no figures of this kind for these companies yet, so no "
            + "picture.";

    static String preface(Memo memo) {
        return "Made with Dossier on " + memo.made() + ". Money in " + memo.currency()
                + ". Every number and quote cites the report, date and passage it comes from (Sources, at the end).";
    }

    static String matrixPreface(ComparisonMatrix m) {
        return "Money in " + m.currency() + " at the exchange rates of " + m.ratesAsOf()
                + ". Under each value: the time it holds for, and whether it is confirmed, suggested (not yet reviewed), "
                + "conflicting (reports disagree) or computed.";
    }
}
