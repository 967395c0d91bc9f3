package app.dossier.charts;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ChartsArchitectureTest {

    @Test
    void chartEngineDoesNotDependOnJavaFx() throws Exception {
        // only our own classes matter; resolving JFreeChart and PDFBox from the classpath would take seconds
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        java.nio.file.Path compiled = java.nio.file.Path.of(ChartType.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolve("app/dossier/charts");
        JavaClasses classes = new ClassFileImporter().importPath(compiled);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .because("the UI wraps the engine's JFreeChart objects; the engine runs headless in the CLI")
                .check(classes);
        ArchConfiguration.get().reset();
    }
}
