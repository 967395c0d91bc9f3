package app.dossier.ui;
public final class DossierApp { public static void launchWindow(String[] a) {} }
