package app.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault-injection run at a small size: real processes killed with SIGKILL during import, notes
 * import and rebuild, a journal append cut at every 199th byte, bits flipped in stored text. The full
 * size runs with {@code dossier faults} (README).
 */
class FaultInjectionTest {
    @TempDir
    Path work;

    @Test
    void everyInjectedFaultIsSurvivedWithNothingLost() throws Exception {
        List<String> log = new ArrayList<>();
        List<FaultInjection.Outcome> outcomes = new FaultInjection(work, 13, log::add).runAll(FaultInjection.SMALL);
        assertEquals(5, outcomes.size());
        for (FaultInjection.Outcome o : outcomes) {
            assertTrue(o.total() > 0, o.fault() + " ran no case");
            assertEquals(o.total(), o.survived(), o.fault() + ": " + o.failures());
        }
    }
}
