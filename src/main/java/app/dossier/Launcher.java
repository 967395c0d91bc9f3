package app.dossier;

import app.dossier.cli.Cli;

/**
 * Entry point of dossier.jar. With no command it opens the window; with one it runs headless.
 * A separate class because a main class that extends Application cannot start from a plain
 * classpath jar, and because the headless commands must not touch JavaFX at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            app.dossier.ui.DossierApp.launchWindow(args);
        } else {
            Cli.main(args);
        }
    }
}
