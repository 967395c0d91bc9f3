package app.dossier.tagging;

/**
 * One surface form the matcher looks for.
 * {@code compactCased} is the folded form without whitespace, case kept (for case-sensitive aliases);
 * {@code spaceAfter} marks compact positions after which the alias itself has a space.
 */
record AliasEntry(String companyId, String text, String compactCased, boolean product, boolean ambiguous,
                  boolean strictEvidence, boolean caseSensitive, boolean blocker, boolean fuzzy,
                  boolean[] spaceAfter) {

    boolean startsLatin() {
        return CharFolding.isWordChar(compactCased.charAt(0));
    }

    boolean endsLatin() {
        return CharFolding.isWordChar(compactCased.charAt(compactCased.length() - 1));
    }

    int length() {
        return compactCased.length();
    }
}
