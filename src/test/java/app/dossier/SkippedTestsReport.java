package app.dossier;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line per skipped test with its reason ("SKIPPED SeedChartsCliTest > burnChart...: ../shared is
 * absent"), so a run without ../shared or without a CJK font says what it did not check. Registered through
 * META-INF/services; the surefire summary alone only counts skips.
 */
public final class SkippedTestsReport implements TestExecutionListener {
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        report(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            report(test, result.getThrowable().map(Throwable::getMessage).orElse("assumption not met"));
        }
    }

    private static void report(TestIdentifier test, String reason) {
        String where = test.getSource().map(Object::toString).orElse(test.getUniqueId());
        String className = where.replaceAll(".*className = '([^']*)'.*", "$1");
        String shortClass = className.substring(className.lastIndexOf('.') + 1);
        System.err.println("SKIPPED " + shortClass + " > " + test.getDisplayName() + ": " + reason);
    }
}
