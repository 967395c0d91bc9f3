package app.dossier.figures;

/**
 * A number read from text with its units: money (currency may be null when the text leaves it implied)
 * or a percentage. [start, end) covers the number, its scale and currency words.
 * {@code scaled}: carried a magnitude (億, Milliarden, billion) or a currency, i.e. it reads as an amount.
 * {@code changeOfPercent}: percentage points, a difference rather than a level.
 */
record Amount(int start, int end, int numberStart, double value, Double valueMax, String currency,
              boolean percent, boolean approx, boolean percentagePoints) {

    Amount withCurrency(String c) {
        return new Amount(start, end, numberStart, value, valueMax, c, percent, approx, percentagePoints);
    }

    boolean money() {
        return !percent;
    }
}
