package app.dossier.charts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ChartsArchitectureTest {

    @Test
    void chartEngineDoesNotDependOnJavaFx() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.dossier.charts");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .because("the UI wraps the engine's JFreeChart objects; the engine runs headless in the CLI")
                .check(classes);
    }
}
