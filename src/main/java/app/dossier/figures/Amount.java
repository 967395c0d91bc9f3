package app.dossier.figures;

/**
 * A number read from text with its units: money (currency may be null when the text leaves it implied)
 * or a percentage. [start, end) covers the number, its scale and currency words.
 * {@code numberStart}: where the digits begin (the span may start earlier, at a currency sign).
 */
record Amount(int start, int end, int numberStart, double value, Double valueMax, String currency,
              boolean percent, boolean approx) {

    boolean money() {
        return !percent;
    }
}
