package app.dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids derived from content, so that a library rebuilt from its original files plus the journal
 * gives every report, tag and figure the same id again and journalled decisions still apply.
 */
public final class Ids {
    private Ids() {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A report is known by the hash of its original bytes. */
    public static String report(String sha256) {
        return sha256.substring(0, 16);
    }

    public static String themeTag(String reportId, String themeId, int start, int end) {
        return shortHash("tag", reportId, themeId, start, end);
    }

    public static String figure(String reportId, String metric, int start, int end) {
        return shortHash("fig", reportId, metric, start, end);
    }

    /** "Zhipu AI" becomes "zhipu-ai"; names without Latin letters get a hash. */
    public static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? shortHash("c", name) : s;
    }

    private static String shortHash(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append(p).append('\u0000');
        }
        return HexFormat.of().formatHex(digest().digest(sb.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
