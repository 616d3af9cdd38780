package jp.madoguchi.issuance.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.madoguchi.issuance.rules.load.RuleSource;
import jp.madoguchi.issuance.rules.load.RuleSources;
import jp.madoguchi.issuance.text.TextFile;
import jp.madoguchi.issuance.text.TextLimits;
import jp.madoguchi.issuance.text.TextProblem;

/**
 * The real municipalities bundled in this jar, as rule sources named {@code catalogue/<file>.yaml} in file-name
 * order (read within {@link TextLimits#RULE_FILE} like any rule file). The kiosk's demo keeps the samples of
 * {@link RuleSources#SAMPLES}; the benchmark's national catalogue is cloned from these files.
 */
public final class RealCatalogue {
    /** Classpath folder of the real catalogue. */
    public static final String FOLDER = "jp/madoguchi/issuance/catalogue";
    /** The prefix of the sources' names. */
    public static final String PREFIX = "catalogue/";

    private RealCatalogue() {}

    /**
     * Every rule file of the catalogue. Locked on {@link RuleSources}: the jar's zip file system is opened and closed
     * here as in {@link RuleSources#bundledSamples()}, and only one may be open at a time.
     */
    public static List<RuleSource> sources() {
        synchronized (RuleSources.class) {
            try {
                // The jar (or classes directory) holding this class: a lookup by resource name could find the test
                // classes' directory of the same package first.
                URI home = RealCatalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI();
                if (home.getScheme().equals("file") && Files.isDirectory(Path.of(home))) {
                    return read(Path.of(home).resolve(FOLDER));
                }
                URI jarUri = URI.create("jar:" + home);
                try (FileSystem jar = FileSystems.newFileSystem(jarUri, Map.of())) {
                    return read(jar.getPath(FOLDER));
                } catch (FileSystemAlreadyExistsException openedElsewhere) {
                    return read(FileSystems.getFileSystem(jarUri).getPath(FOLDER));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<RuleSource> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the real catalogue is missing from the jar: " + FOLDER);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(RealCatalogue::source)
                    .toList();
        }
    }

    private static RuleSource source(Path file) {
        String name = PREFIX + file.getFileName();
        try {
            return new RuleSource(name, TextFile.read(file, TextLimits.RULE_FILE));
        } catch (TextProblem problem) {
            return RuleSource.unreadable(name, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
