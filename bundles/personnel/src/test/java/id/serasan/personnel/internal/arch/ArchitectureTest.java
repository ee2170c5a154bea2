package id.serasan.personnel.internal.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Personnel's structure, on its compiled classes: no import cycle between any two of its packages, no other
 * bundle's {@code internal} package is used (only the platform's and personnel's APIs), nothing below the REST
 * resources reaches up into them, and the rules use no database, HTTP or OSGi (only their configuration component).
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.serasan.personnel");

    @Test
    void noPackageCycles() {
        slices().matching("id.serasan.personnel.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noOtherBundlesInternals() {
        noClasses().that().resideInAPackage("id.serasan.personnel..")
                .should().dependOnClassesThat(resideInAPackage("id.serasan..internal..")
                        .and(not(resideInAPackage("id.serasan.personnel.internal.."))))
                .check(CLASSES);
    }

    @Test
    void onlyTheRestPackageKnowsTheResources() {
        noClasses().that().resideOutsideOfPackage("id.serasan.personnel.internal.rest..")
                .should().dependOnClassesThat().resideInAPackage("id.serasan.personnel.internal.rest..")
                .check(CLASSES);
    }

    @Test
    void theRulesArePure() {
        noClasses().that().resideInAPackage("id.serasan.personnel.internal.rules..")
                .and().doNotHaveSimpleName("ConfiguredRules") // the component that hands out the configured pack
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.ws.rs..", "org.osgi..")
                .check(CLASSES);
    }
}
