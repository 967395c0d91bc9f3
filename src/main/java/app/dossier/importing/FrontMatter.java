package app.dossier.importing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML ({@code ---}) or TOML ({@code +++}) block static-site generators and note apps put before a
 * page. Only its top-level scalar fields are read (title, date, source, url, canonical): nested
 * tables and lists are skipped, and the whole block always leaves the text, so a full YAML or TOML parser
 * would buy nothing here.
 */
record FrontMatter(Map<String, String> fields, String body) {
    private static final Pattern BLOCK = Pattern.compile("\\A\\s{0,8}(---|\\+\\+\\+)[ \\t]*\\n(.{0,20000}?)\\n\\1[ \\t]*(\\n|\\z)", Pattern.DOTALL);
    /** key: value (YAML) or key = value (TOML), at the start of a line: nested keys are indented. */
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]{0,40})\\s*[:=]\\s*(.*)$");
    private static final Pattern TABLE = Pattern.compile("^\\[[^\\]]{1,60}]\\s*$");

    /** Keys that static-site generators and note apps write; one of them marks a block as front matter. */
    private static final Set<String> GENERATOR_KEYS = Set.of("title", "date", "author", "authors", "tags", "categories",
            "layout", "slug", "draft", "description", "summary", "lastmod", "published", "url", "canonical", "source",
            "cover_image", "image", "permalink", "weight", "type", "aliases", "keywords", "lang", "id", "created", "updated");

    static final FrontMatter NONE = new FrontMatter(Map.of(), null);

    /** Splits the front matter off; a text without one comes back whole, with no fields. */
    static FrontMatter split(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return new FrontMatter(Map.of(), text);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        boolean inTable = false;
        for (String line : m.group(2).split("\n")) {
            if (TABLE.matcher(line.strip()).matches()) {
                inTable = true; // a TOML [params] table: its keys are not the page's own
                continue;
            }
            Matcher f = FIELD.matcher(line);
            if (!f.matches() && !isContinuation(line)) {
                return new FrontMatter(Map.of(), text); // prose between two rules, not a block of fields
            }
            if (f.matches()) {
                keys.add(f.group(1).toLowerCase(Locale.ROOT));
            }
            if (f.matches() && !inTable) {
                String value = unquote(f.group(2).strip());
                if (!value.isEmpty()) {
                    fields.putIfAbsent(f.group(1).toLowerCase(Locale.ROOT), value);
                }
            }
        }
        // between two --- rules, lines of the shape "Note: ..." are prose unless a generator's key is among them
        if (m.group(1).equals("---") && keys.stream().noneMatch(GENERATOR_KEYS::contains)) {
            return new FrontMatter(Map.of(), text);
        }
        return new FrontMatter(fields, text.substring(m.end()));
    }

    /** Nested keys, list items, comments and blank lines belong to the field above them. */
    private static boolean isContinuation(String line) {
        return line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("- ") || line.startsWith("#");
    }

    String get(String... keys) {
        for (String k : keys) {
            String v = fields.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    String title() {
        return get("title");
    }

    String date() {
        return get("date", "published", "pubdate", "publishdate", "created");
    }

    /** The named source, else the host of the page's address. */
    String source() {
        String named = get("source", "publisher", "quelle", "site");
        if (named != null && !named.startsWith("http")) {
            return named;
        }
        String url = named != null ? named : get("canonical", "canonical_url", "canonicalurl", "url", "link");
        if (url == null) {
            return null;
        }
        Matcher host = Pattern.compile("^https?://(www\\.)?([^/\\s:]{1,100})").matcher(url);
        return host.find() ? host.group(2) : null;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("''", "'");
        }
        if (v.startsWith("[") || v.startsWith("{") || v.equals("|") || v.equals(">")) {
            return ""; // lists, inline tables and block scalars are not the fields read here
        }
        return v;
    }
}
