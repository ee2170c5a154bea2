package id.serasan.platform.internal.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The platform's structure, on its compiled classes: no import cycle between any two of its packages, no other
 * bundle's {@code internal} package is used, and the OpenAPI generator does not know the router it describes.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.serasan.platform");

    @Test
    void noPackageCycles() {
        slices().matching("id.serasan.platform.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noOtherBundlesInternals() {
        noClasses().that().resideInAPackage("id.serasan.platform..")
                .should().dependOnClassesThat(resideInAPackage("id.serasan..internal..")
                        .and(not(resideInAPackage("id.serasan.platform.internal.."))))
                .check(CLASSES);
    }

    @Test
    void theOpenApiGeneratorDoesNotKnowTheRouter() {
        noClasses().that().resideInAPackage("id.serasan.platform.internal.openapi..")
                .should().dependOnClassesThat().resideInAPackage("id.serasan.platform.internal.rest..")
                .check(CLASSES);
    }
}
