package app.dossier.importing;

import java.time.Duration;

/**
 * What reading one PDF may cost. A small file can expand without bound (a compressed stream that
 * inflates to gigabytes, a page of millions of text operators); past these limits the file is refused
 * with the limit named, and the rest of the batch goes on.
 *
 * @param maxStreamBytes    the largest a single stream may inflate to
 * @param maxDecodedBytes   the most all streams of the file may inflate to together
 * @param maxPageCharacters the most characters of text one page may hold
 * @param maxCharacters     the most characters of text the whole file may hold
 * @param timeLimit         how long reading the file may take
 */
public record ReadingBudget(long maxStreamBytes, long maxDecodedBytes, int maxPageCharacters, int maxCharacters,
                            Duration timeLimit) {
    /** Far above any real report (a dense page holds ~5,000 characters, a CJK font ~20 MB), far below the heap. */
    public static final ReadingBudget DEFAULT = new ReadingBudget(64L << 20, 256L << 20, 100_000, 10_000_000,
            Duration.ofMinutes(2));

    /** Thrown from inside PDFBox's callbacks, so that a file over budget stops at once. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String reason) {
            super(reason, null, false, false);
        }
    }

    long deadlineFromNow() {
        return System.nanoTime() + timeLimit.toNanos();
    }

    static void checkDeadline(long deadline, Duration limit) {
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded("reading it took longer than " + limit.toSeconds() + " s, the limit for one file");
        }
    }

    static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
