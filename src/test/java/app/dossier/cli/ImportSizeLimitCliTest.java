package app.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportSizeLimitCliTest {
    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitTheReadmeStates(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(70L * 1024 * 1024); // sparse: no 70 MB written
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of("import", "--library", dir.resolve("lib").toString(), big.toString()));
        String line = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(line.contains("\"status\":\"failed\""), line);
        assertTrue(line.contains("the file is 70 MB; Dossier imports files up to 64 MB"), line);
    }
}
