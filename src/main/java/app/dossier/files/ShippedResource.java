package app.dossier.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Knowledge shipped inside the application (registry, codebook, cue words, rates). One that is missing or
 * unreadable is a broken build, not bad input: it fails loudly, naming the resource.
 */
public final class ShippedResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShippedResource() {
    }

    @FunctionalInterface
    public interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    /** The JSON tree of a resource, e.g. "/money/periods.json". */
    public static JsonNode json(String path) {
        return read(path, JSON::readTree);
    }

    public static <T> T read(String path, Parser<T> parser) {
        try (InputStream in = ShippedResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable resource " + path + ": " + e.getMessage(), e);
        }
    }
}
