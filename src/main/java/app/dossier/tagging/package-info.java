/**
 * Company and theme tagging.
 * <ul>
 *   <li>{@link app.dossier.tagging.CompanyRegistry#builtin()} loads {@code tagging/companies.json};
 *       {@code with(userCompanies)} merges the user's entries (same id replaces).</li>
 *   <li>{@link app.dossier.tagging.CompanyMatcher} is built once per registry (a trie over folded alias forms) and is
 *       safe to share between threads; {@code find(text)} returns non-overlapping mentions in text order.
 *       Names that are also common words are flagged in the JSON and need evidence ({@code tagging/evidence.json}):
 *       a company word next to them, a funding word nearby, a listed neighbour that is a company ("Fireworks AI or
 *       Modal"), a company suffix ("Arm-based"), or another company in the same paragraph (Latin) or clause (Han).</li>
 *   <li>{@link app.dossier.tagging.CompanyDiscovery} proposes names that look like companies but are unknown.</li>
 *   <li>{@link app.dossier.tagging.Codebook#builtin()} loads {@code tagging/codebook.json};
 *       {@link app.dossier.tagging.ThemeTagger} suggests one tag per (paragraph, theme), paragraphs being separated
 *       by blank lines. Held-out hand-written reports (test resources {@code tagging/holdout/}) measure both on text
 *       nobody tuned the data to.</li>
 * </ul>
 */
package app.dossier.tagging;
