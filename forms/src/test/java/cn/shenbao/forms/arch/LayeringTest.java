package cn.shenbao.forms.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The layering of the architecture: {@code forms} is pure Java. It must not depend on JavaFX,
 * ControlsFX or the client/command line ({@code cn.shenbao.app}), so that definitions, drafts, rules
 * and exporters run headless, in the command line, in tests and in the benchmark alike.
 */
class LayeringTest {
    private static final JavaClasses FORMS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.shenbao.forms");

    @Test
    void formsImportsItsOwnClasses() {
        Assertions.assertThat(FORMS.size()).as("classes of cn.shenbao.forms seen by ArchUnit").isGreaterThan(10);
    }

    @Test
    void formsDoesNotDependOnJavaFx() {
        noClasses().that().resideInAPackage("cn.shenbao.forms..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(FORMS);
    }

    @Test
    void formsDoesNotDependOnControlsFx() {
        noClasses().that().resideInAPackage("cn.shenbao.forms..")
                .should().dependOnClassesThat().resideInAnyPackage("org.controlsfx..")
                .check(FORMS);
    }

    @Test
    void formsDoesNotDependOnTheApp() {
        noClasses().that().resideInAPackage("cn.shenbao.forms..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.shenbao.app..")
                .check(FORMS);
    }

    @Test
    void javafxIsNotOnTheFormsClasspath() {
        Assertions.assertThatThrownBy(() -> Class.forName("javafx.application.Platform"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
