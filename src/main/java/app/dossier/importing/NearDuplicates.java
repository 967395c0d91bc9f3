package app.dossier.importing;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Near-duplicates among cleaned texts: the txt, HTML and PDF of one article differ in line breaks,
 * furniture the cleaner kept or dropped and a headline printed twice, never in their words. A text is
 * reduced to its letters and digits (NFKC, lower case; spaces and punctuation go, so wrapping and CJK
 * spacing do not matter), cut into overlapping runs of {@link #SHINGLE} characters, and summarised by a
 * MinHash of {@link #HASHES} values; two signatures agree in about the share of runs the texts share
 * (their Jaccard similarity).
 */
public final class NearDuplicates {
    static final int SHINGLE = 8;
    static final int HASHES = 128;
    /** Bands of the signature for locality-sensitive hashing (see {@link #bands}). */
    static final int BANDS = 16;
    static final int ROWS = HASHES / BANDS;
    /**
     * Versions of one article measured 0.98 and above, different articles on the same topic at most 0.05,
     * reports generated from one template (the benchmark's) at most 0.59 (README, "Versions of one article");
     * the threshold sits between.
     */
    public static final double SAME_ARTICLE = 0.7;
    /** Shorter texts (a headline, a stub) are never taken for versions of anything. */
    public static final int MIN_LETTERS = 80;

    private NearDuplicates() {
    }

    /** The text's MinHash signature, as bytes to store; null for a text too short to compare. */
    public static byte[] signature(String text) {
        String letters = letters(text);
        if (letters.length() < MIN_LETTERS) {
            return null;
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        int runs = Math.max(1, letters.length() - SHINGLE + 1);
        for (int i = 0; i < runs; i++) {
            long h = hash(letters, i, Math.min(letters.length(), i + SHINGLE));
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h + SEEDS[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        ByteBuffer out = ByteBuffer.allocate(HASHES * Long.BYTES);
        for (long m : min) {
            out.putLong(m);
        }
        return out.array();
    }

    /** Bits of each MinHash value a stored signature keeps ({@link #stored}). */
    static final int STORED_BITS = 16;

    /**
     * The signature as a library keeps it: the low {@link #STORED_BITS} bits of each value (256 bytes instead of
     * 1,024, random bytes no compression shrinks; the signatures were a fourteenth of a library's database). Two
     * values that differ agree in their low 16 bits once in 65,536, so a similarity read from stored signatures
     * is higher by at most (1 − s) / 65,536 than from whole ones: never across the {@link #SAME_ARTICLE} line.
     * Bands are made from the whole signature ({@link #bands}), before it is cut.
     */
    public static byte[] stored(byte[] signature) {
        if (signature == null || signature.length != HASHES * Long.BYTES) {
            return signature;
        }
        ByteBuffer in = ByteBuffer.wrap(signature);
        ByteBuffer out = ByteBuffer.allocate(HASHES * Short.BYTES);
        for (int k = 0; k < HASHES; k++) {
            out.putShort((short) in.getLong());
        }
        return out.array();
    }

    /** Whether a signature is whole, as {@link #signature} made it (a library made before kept them so). */
    public static boolean isWhole(byte[] signature) {
        return signature != null && signature.length == HASHES * Long.BYTES;
    }

    /**
     * The estimated share of runs two texts have in common (0 to 1). Whole signatures are compared whole; where
     * either is stored ({@link #stored}), the low 16 bits of each value are compared.
     */
    public static double similarity(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.length == b.length && isWhole(a)) {
            ByteBuffer x = ByteBuffer.wrap(a);
            ByteBuffer y = ByteBuffer.wrap(b);
            int same = 0;
            for (int k = 0; k < HASHES; k++) {
                if (x.getLong() == y.getLong()) {
                    same++;
                }
            }
            return same / (double) HASHES;
        }
        byte[] x = stored(a);
        byte[] y = stored(b);
        if (x.length != HASHES * Short.BYTES || y.length != HASHES * Short.BYTES) {
            return 0;
        }
        return sameShorts(x, y) / (double) HASHES;
    }

    private static int sameShorts(byte[] x, byte[] y) {
        int same = 0;
        for (int k = 0; k < x.length; k += 2) {
            if (x[k] == y[k] && x[k + 1] == y[k + 1]) {
                same++;
            }
        }
        return same;
    }

    /**
     * Bands of a signature for locality-sensitive hashing: {@link #BANDS} keys of {@link #ROWS} values each.
     * Two texts share a band with probability 1 − (1 − s⁸)¹⁶, s their similarity: 0.95 at 0.8, all but
     * certain from 0.9 on (versions measure 0.98 and above), 0.06 at 0.5, 0.0001 at 0.3; so a new text is
     * compared only with the few that share one.
     */
    public static long[] bands(byte[] signature) {
        ByteBuffer in = ByteBuffer.wrap(signature);
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ in.getLong());
            }
            keys[b] = h;
        }
        return keys;
    }

    static String letters(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: one good hash per seed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int k = 0; k < HASHES; k++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[k] = s;
        }
    }
}
