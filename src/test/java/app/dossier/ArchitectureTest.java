package app.dossier;

import app.dossier.model.StoredWord;
import app.dossier.ui.common.FxTaskRunner;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers the brief asks for, held by tests rather than by good intentions. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.dossier");
    }

    @Test
    void engineDoesNotUseJavaFx() {
        noClasses().that().resideOutsideOfPackage("app.dossier.ui..")
                .and().doNotHaveFullyQualifiedName("app.dossier.Launcher")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine runs headless on the command line and in CI")
                .check(classes);
    }

    @Test
    void engineDoesNotUseTheUi() {
        noClasses().that().resideOutsideOfPackage("app.dossier.ui..")
                .and().doNotHaveFullyQualifiedName("app.dossier.Launcher")
                .should().dependOnClassesThat().resideInAPackage("app.dossier.ui..")
                .because("the window is a thin layer over the engine, never the other way round")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfDossier() {
        noClasses().that().resideInAPackage("app.dossier.model..")
                .should().dependOnClassesThat().resideInAnyPackage("app.dossier.store..", "app.dossier.library..",
                        "app.dossier.importing..", "app.dossier.tagging..", "app.dossier.figures..",
                        "app.dossier.search..", "app.dossier.charts..", "app.dossier.journal..")
                .check(classes);
    }

    @Test
    void storeDoesNotReachUpIntoCapabilities() {
        noClasses().that().resideInAPackage("app.dossier.store..")
                .should().dependOnClassesThat().resideInAnyPackage("app.dossier.library..", "app.dossier.importing..",
                        "app.dossier.cli..", "app.dossier.journal..")
                .because("the store is the bottom layer: repositories over JDBC")
                .check(classes);
    }

    @Test
    void figuresDoNotDependOnCharts() {
        noClasses().that().resideInAPackage("app.dossier.figures..")
                .should().dependOnClassesThat().resideInAPackage("app.dossier.charts..")
                .because("money and runway live in app.dossier.money, which both use")
                .check(classes);
    }

    @Test
    void moneyDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("app.dossier.money..")
                .should().dependOnClassesThat().resideInAnyPackage("app.dossier.figures..", "app.dossier.charts..",
                        "app.dossier.library..", "app.dossier.store..", "app.dossier.cli..", "app.dossier.ui..")
                .because("amounts, rates, periods and runway are one engine capability the others build on")
                .check(classes);
    }

    @Test
    void benchmarkCodeStaysWithTheBenchCommand() {
        noClasses().that().resideOutsideOfPackage("app.dossier.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("app.dossier.cli.LuceneBaseline")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.dossier.cli.SyntheticReports")
                .orShould().dependOnClassesThat().resideInAPackage("org.apache.lucene.queryparser..")
                .because("the bare-Lucene baseline and the generated reports serve only `bench`; the product"
                        + " searches through its own query language")
                .check(classes);
    }

    /** A JavaFX view (a node, cell, dialog or a class that builds and shows one) in one of the window's screens. */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe("views",
            c -> c.getPackageName().startsWith("app.dossier.ui.") && !c.getPackageName().equals("app.dossier.ui.common")
                    && (c.isAssignableTo(javafx.scene.Node.class) || c.isAssignableTo(javafx.scene.control.Dialog.class)
                    || c.isAssignableTo(javafx.stage.Window.class) || c.getSimpleName().endsWith("Dialog")));

    /**
     * The store, and the library's services. Its records and enums are the engine's answers, shown as they are, and
     * ProfileText is the wording of a profile's figures that the command line prints too.
     */
    private static final DescribedPredicate<JavaClass> STORE_OR_LIBRARY_SERVICES = DescribedPredicate.describe(
            "the store or the library's services", c -> c.getPackageName().startsWith("app.dossier.store")
                    || c.getPackageName().startsWith("app.dossier.library") && !c.isRecord() && !c.isEnum()
                    && !c.isEquivalentTo(app.dossier.library.profile.ProfileText.class));

    @Test
    void viewsReachTheLibraryOnlyThroughTheirViewModel() {
        noClasses().that(VIEWS)
                .should().dependOnClassesThat(STORE_OR_LIBRARY_SERVICES)
                .orShould().callMethod(app.dossier.ui.Workbench.class, "library")
                .because("a view binds to its view model, which alone calls the engine; so the view model can be"
                        + " driven by a test without a window, and a view cannot bypass it")
                .check(classes);
    }

    @Test
    void onlyTheTaskRunnerMakesThreadsInTheWindow() {
        noClasses().that().resideInAPackage("app.dossier.ui..")
                .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(FxTaskRunner.class)))
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(Thread.class))))
                .orShould().dependOnClassesThat().belongToAnyOf(Executors.class, ExecutorService.class,
                        ThreadPoolExecutor.class, ForkJoinPool.class, javafx.concurrent.Task.class,
                        javafx.concurrent.Service.class)
                .because("background work goes through the workbench's TaskRunner, so tests can run it on"
                        + " their own thread and a read is never queued behind a long job by accident")
                .check(classes);
    }

    @Test
    void onlyTheStoreTurnsStoredWordsIntoStates() {
        noClasses().that().resideOutsideOfPackages("app.dossier.store..", "app.dossier.model..")
                .should().callMethod(StoredWord.class, "parse", Class.class, String.class)
                .because("review states, origins and candidate states are enums in the model; the database's words"
                        + " become enums once, in the store, and the journal and export write the enums' own words")
                .check(classes);
    }
}
