package app.dossier.ui.common;

import app.dossier.logging.AppLog;

/** A failure the window shows: logged with its stack trace, and the shown text says where the log is. */
public final class Failures {
    private static final System.Logger LOG = System.getLogger("app.dossier.ui");

    private Failures() {
    }

    /** Logs the failure and returns "what: reason (see the log: PATH)" for the status bar. */
    public static String logged(String what, Throwable e) {
        return what + ": " + reason(what, e);
    }

    /** Logs the failure and returns "reason (see the log: PATH)", for a dialog whose header says what failed. */
    public static String reason(String what, Throwable e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        LOG.log(System.Logger.Level.ERROR, what + ": " + reason, e);
        return reason + AppLog.seeTheLog();
    }
}
