package app.dossier.store;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database already has every migration this version ships, read from Flyway's history table
 * with one query: starting Flyway itself costs seconds on a busy machine, so opening a current library
 * (the usual case) skips it, and only a new or older library runs Flyway.
 */
final class SchemaVersions {
    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static volatile Set<String> shipped;

    private SchemaVersions() {
    }

    static boolean upToDate(DataSource source) {
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                     + " AND \"version\" IS NOT NULL")) {
            Set<String> applied = new HashSet<>();
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
            return applied.containsAll(shipped());
        } catch (SQLException e) {
            return false; // no history table yet: a new library, Flyway creates it
        }
    }

    /** The versions of the migrations on the class path ("1", "2", ..., "10"). */
    static Set<String> shipped() {
        Set<String> versions = shipped;
        if (versions == null) {
            versions = Set.copyOf(list());
            shipped = versions;
        }
        return versions;
    }

    private static Set<String> list() {
        URL url = SchemaVersions.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException("no migrations at " + LOCATION);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return versionsIn(fs.getPath(LOCATION));
            }
            return versionsIn(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> versionsIn(Path dir) throws IOException {
        Set<String> versions = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher m = VERSIONED.matcher(f.getFileName().toString());
                if (m.matches()) {
                    versions.add(m.group(1).replace('_', '.'));
                }
            });
        }
        return versions;
    }
}
