package app.dossier.ui.common;

/** How a view sends the user elsewhere in the window: to a passage in the reader, or to a filtered library. */
public interface Navigator {
    /** Opens the report in the reader, scrolled to [start, end) and marked. */
    void openAt(String reportId, int start, int end);

    void filterLibraryByCompany(String companyId);

    void filterLibraryByTheme(String themeId);

    /** Shows the company's profile page. */
    void openProfile(String companyId);
}
