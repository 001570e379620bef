package cn.shenbao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recovering arguments that the JVM decoded as ASCII (LANG=C), and the argument file of a restart. */
class NativeEncodingTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void lossyArgumentsAreReadAgainFromTheRawBytes() {
        List<byte[]> raw = List.of(utf8("java"), utf8("-jar"), utf8("shenbao.jar"), utf8("set"), utf8("申报书.shenbao"),
                utf8("contact=李四"));
        String[] jvm = {"set", new String(utf8("申报书.shenbao"), StandardCharsets.US_ASCII),
                new String(utf8("contact=李四"), StandardCharsets.US_ASCII)};
        assertThat(jvm[2]).contains("\uFFFD");
        assertThat(NativeEncoding.recoverArgs(jvm, raw, StandardCharsets.US_ASCII))
                .containsExactly("set", "申报书.shenbao", "contact=李四");
    }

    @Test
    void argumentsThatDoNotMatchTheRawCommandLineAreLeftAlone() {
        List<byte[]> raw = List.of(utf8("java"), utf8("Main"), utf8("other"));
        String[] jvm = {"set"};
        assertThat(NativeEncoding.recoverArgs(jvm, raw, StandardCharsets.US_ASCII)).containsExactly("set");
    }

    @Test
    void onlyFileNamesThatCannotBeEncodedAreReported() {
        // in a UTF-8 JVM everything can be encoded
        if (NativeEncoding.isUtf8()) {
            assertThat(NativeEncoding.unencodablePath(new String[] {"set", "申报书.shenbao", "contact=李四"})).isNull();
        }
    }

    @Test
    void theArgumentFileQuotesEveryArgument() {
        byte[] file = NativeEncoding.argFile(List.of(utf8("-jar"), utf8("a b.jar"), utf8("x=\"李\\四\"\n")));
        assertThat(new String(file, StandardCharsets.UTF_8))
                .isEqualTo("\"-jar\"\n\"a b.jar\"\n\"x=\\\"李\\\\四\\\"\\n\"\n");
    }
}
