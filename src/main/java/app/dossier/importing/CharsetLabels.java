package app.dossier.importing;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a declared encoding label the way browsers do (WHATWG Encoding): pages that say "gb2312" are
 * really GBK, and pages that say "iso-8859-1" are really windows-1252.
 */
final class CharsetLabels {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS") : Charset.forName("Big5");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, Charset> WHATWG = Map.ofEntries(
            Map.entry("gb2312", GB18030), Map.entry("gbk", GB18030), Map.entry("x-gbk", GB18030),
            Map.entry("gb_2312", GB18030), Map.entry("gb_2312-80", GB18030), Map.entry("chinese", GB18030),
            Map.entry("csgb2312", GB18030), Map.entry("iso-ir-58", GB18030), Map.entry("cp936", GB18030),
            Map.entry("gb18030", GB18030),
            Map.entry("big5", BIG5), Map.entry("big5-hkscs", BIG5), Map.entry("cn-big5", BIG5),
            Map.entry("csbig5", BIG5), Map.entry("x-x-big5", BIG5), Map.entry("cp950", BIG5),
            Map.entry("iso-8859-1", WINDOWS_1252), Map.entry("iso8859-1", WINDOWS_1252), Map.entry("iso_8859-1", WINDOWS_1252),
            Map.entry("latin1", WINDOWS_1252), Map.entry("l1", WINDOWS_1252), Map.entry("ascii", WINDOWS_1252),
            Map.entry("us-ascii", WINDOWS_1252), Map.entry("windows-1252", WINDOWS_1252), Map.entry("cp1252", WINDOWS_1252),
            Map.entry("cp819", WINDOWS_1252), Map.entry("ibm819", WINDOWS_1252), Map.entry("x-cp1252", WINDOWS_1252),
            Map.entry("utf-8", java.nio.charset.StandardCharsets.UTF_8), Map.entry("utf8", java.nio.charset.StandardCharsets.UTF_8),
            Map.entry("unicode-1-1-utf-8", java.nio.charset.StandardCharsets.UTF_8),
            // a page decoded from bytes cannot really be UTF-16 without a BOM; browsers read the label as UTF-8
            Map.entry("utf-16", java.nio.charset.StandardCharsets.UTF_8), Map.entry("utf-16le", java.nio.charset.StandardCharsets.UTF_8));

    private CharsetLabels() {
    }

    static Optional<Charset> resolve(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        Charset known = WHATWG.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return Charset.isSupported(key) ? Optional.of(Charset.forName(key)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
