package cn.shenbao.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Offline (issue 9): no code of the program — {@code forms} and {@code app} — opens a network connection. No
 * use of sockets, URL connections, the HTTP client, JNDI, RMI or the WebView (which loads pages), and no call
 * that opens a URL or resolves a host name. The allow-list is empty and should stay so; CI also runs one
 * {@code export} under {@code strace} and fails on any connection to a non-local address
 * ({@code scripts/offline-check.sh}).
 */
class OfflineTest {
    private static final JavaClasses PROGRAM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.shenbao.forms", "cn.shenbao.app");

    /** Classes allowed to use the network, with the reason. Empty: the program works offline. */
    private static final Set<String> ALLOWED = Set.of();

    private static final String[] NETWORK_CLASSES = {
        "java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.MulticastSocket",
        "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.JarURLConnection", "java.net.SocketAddress",
        "java.net.InetSocketAddress", "java.net.Proxy", "java.net.ProxySelector",
        "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel", "java.nio.channels.DatagramChannel",
        "java.nio.channels.AsynchronousSocketChannel", "java.nio.channels.AsynchronousServerSocketChannel",
    };

    private static final String[] NETWORK_PACKAGES = {
        "java.net.http..", "javax.net..", "java.rmi..", "javax.naming..", "javafx.scene.web..", "com.sun.net..",
        "jdk.net..",
    };

    private static final DescribedPredicate<JavaAccess<?>> OPENS_OR_RESOLVES = new DescribedPredicate<>(
            "opens a URL or resolves a host name") {
        @Override
        public boolean test(JavaAccess<?> a) {
            String owner = a.getTarget().getOwner().getName();
            String name = a.getTarget().getName();
            return owner.equals("java.net.URL") && Set.of("openConnection", "openStream", "getContent").contains(name)
                    || owner.equals("java.net.InetAddress") && Set.of("getByName", "getAllByName", "getLocalHost",
                            "getCanonicalHostName", "getHostName", "isReachable").contains(name)
                    || owner.equals("java.awt.Desktop") && Set.of("browse", "mail").contains(name)
                    || owner.equals("javafx.application.HostServices") && name.equals("showDocument");
        }
    };

    private static final DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> NOT_ALLOWED =
            new DescribedPredicate<>("not on the allow-list") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
                    return !ALLOWED.contains(c.getName()) && !ALLOWED.contains(c.getName().replaceAll("\\$.*", ""));
                }
            };

    @Test
    void bothModulesAreImported() {
        Assertions.assertThat(PROGRAM.stream().filter(c -> c.getPackageName().startsWith("cn.shenbao.forms")).count())
                .as("classes of forms").isGreaterThan(20);
        Assertions.assertThat(PROGRAM.stream().filter(c -> c.getPackageName().startsWith("cn.shenbao.app")).count())
                .as("classes of app").isGreaterThan(20);
    }

    @Test
    void noSocketsUrlConnectionsHttpClientsOrJndi() {
        checkNetworkClasses(PROGRAM);
    }

    @Test
    void noUrlIsOpenedAndNoHostNameResolved() {
        checkOpens(PROGRAM);
    }

    private static void checkNetworkClasses(JavaClasses classes) {
        for (String c : NETWORK_CLASSES) {
            noClasses().that(NOT_ALLOWED).should().dependOnClassesThat().haveFullyQualifiedName(c)
                    .because("the program works offline (issue 9)").check(classes);
        }
        noClasses().that(NOT_ALLOWED).should().dependOnClassesThat().resideInAnyPackage(NETWORK_PACKAGES)
                .because("the program works offline (issue 9)").check(classes);
    }

    private static void checkOpens(JavaClasses classes) {
        noClasses().that(NOT_ALLOWED).should().accessTargetWhere(OPENS_OR_RESOLVES)
                .because("the program works offline (issue 9)").check(classes);
    }

    /** Code that goes online, for {@link #theRulesCatchCodeThatGoesOnline} (a test class, never in the program). */
    static final class GoesOnline {
        byte[] fetch() throws java.io.IOException {
            try (java.io.InputStream in = java.net.URI.create("https://example.com/").toURL().openStream()) {
                return in.readAllBytes();
            }
        }

        void talk() throws java.io.IOException {
            try (java.net.Socket s = new java.net.Socket("example.com", 80)) {
                s.getOutputStream().write(1);
            }
        }

        Object client() {
            return java.net.http.HttpClient.newHttpClient();
        }
    }

    @Test
    void theRulesCatchCodeThatGoesOnline() {
        JavaClasses online = new ClassFileImporter().importClasses(GoesOnline.class);
        Assertions.assertThatThrownBy(() -> checkOpens(online)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("openStream");
        Assertions.assertThatThrownBy(() -> checkNetworkClasses(online)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net.Socket");
    }

    @Test
    void theAllowListIsEmpty() {
        Assertions.assertThat(ALLOWED).as("classes allowed to use the network").isEmpty();
    }
}
