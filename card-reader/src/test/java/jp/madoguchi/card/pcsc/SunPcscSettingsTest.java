package jp.madoguchi.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import org.junit.jupiter.api.Test;

/**
 * SunPCSC's own re-sending is off in every JVM that talks to a card, including one started without the
 * {@code -D} flags the launcher and the build pass: each case runs in a fresh JVM without them, since ChannelImpl
 * reads the properties once per JVM.
 */
class SunPcscSettingsTest {
    @Test
    void aJvmStartedWithoutTheFlagsGetsThemBeforeItsFirstTerminalFactory() throws Exception {
        assertThat(runProbe("system")).containsExactly("t0GetResponse=false", "t1GetResponse=false", "problem=none");
    }

    @Test
    void aJvmWhereSunPcscAlreadyRunsWithTheDefaultsIsRefusedNotTrusted() throws Exception {
        List<String> out = runProbe("too-late");
        assertThat(out).contains("t1GetResponse=true");
        assertThat(out).anySatisfy(line -> assertThat(line).startsWith("problem=SunPCSC was initialised with")
                .contains("t0GetResponse=true"));
    }

    @Test
    void theReaderServiceSetsThemForEverySource() throws Exception {
        assertThat(runProbe("service")).containsExactly("t0GetResponse=false", "t1GetResponse=false",
                "problem=none");
    }

    private static List<String> runProbe(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "--add-opens", "java.smartcardio/sun.security.smartcardio=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), mode));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe JVM finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> l.startsWith("t0") || l.startsWith("t1") || l.startsWith("problem="))
                .toList();
    }

    /** Runs in the fresh JVM: starts the way {@code mode} says, then prints what ChannelImpl holds. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            switch (args[0]) {
                case "system" -> new SystemPcsc();
                case "service" -> new ReaderService(new VirtualReader(null), null).close();
                case "too-late" -> Class.forName("sun.security.smartcardio.ChannelImpl", true,
                        Probe.class.getClassLoader());
                default -> throw new IllegalArgumentException(args[0]);
            }
            String problem = SunPcscSettings.problem().orElse("none");
            Class<?> channel = Class.forName("sun.security.smartcardio.ChannelImpl");
            for (String name : List.of("t0GetResponse", "t1GetResponse")) {
                Field field = channel.getDeclaredField(name);
                field.setAccessible(true);
                System.out.println(name + "=" + field.getBoolean(null));
            }
            System.out.println("problem=" + problem);
        }
    }
}
