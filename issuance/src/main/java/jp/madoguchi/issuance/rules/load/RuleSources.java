package jp.madoguchi.issuance.rules.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.madoguchi.issuance.text.TextFile;
import jp.madoguchi.issuance.text.TextLimits;
import jp.madoguchi.issuance.text.TextProblem;

/**
 * Where rule files come from: a directory on disk (operators) or the samples bundled in this jar (the default, so
 * {@code rules check} works from a bare install). Only {@code *.yaml} and {@code *.yml} are read, in name order,
 * each within {@link TextLimits#RULE_FILE}; a file that is too large, not UTF-8 or unreadable is an error of that
 * file, never an exception that takes the others down.
 */
public final class RuleSources {
    /** Classpath folder of the bundled sample rules. */
    public static final String SAMPLES = "jp/madoguchi/issuance/samples/rules";
    private static final int PARALLEL_THRESHOLD = 64;

    private RuleSources() {}

    public static List<RuleSource> directory(Path dir) throws IOException {
        return read(dir, dir.toString());
    }

    /** Synchronized: the jar's zip file system is opened and closed here, and only one may be open at a time. */
    public static synchronized List<RuleSource> bundledSamples() {
        URL url = RuleSources.class.getClassLoader().getResource(SAMPLES);
        if (url == null) {
            throw new IllegalStateException("bundled sample rules missing from the classpath: " + SAMPLES);
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return read(Path.of(uri), "samples/rules");
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath(SAMPLES), "samples/rules");
            } catch (FileSystemAlreadyExistsException openedElsewhere) {
                return read(FileSystems.getFileSystem(uri).getPath(SAMPLES), "samples/rules");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RuleSource> read(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a rules directory");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(RuleSources::isRuleFile).sorted().toList();
        }
        // A national catalogue is read on every core, as it is compiled (RuleLoader): its decoding and checks are
        // a good part of a first load in a fresh JVM. toList keeps the name order.
        Stream<Path> reading = files.size() < PARALLEL_THRESHOLD ? files.stream() : files.parallelStream();
        return reading.map(file -> source(prefix + "/" + file.getFileName(), file)).toList();
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static RuleSource source(String name, Path file) {
        try {
            return new RuleSource(name, TextFile.read(file, TextLimits.RULE_FILE));
        } catch (TextProblem problem) {
            return RuleSource.unreadable(name, problem);
        } catch (IOException e) {
            return RuleSource.unreadable(name, new TextProblem(1, 1, "cannot be read: " + e.getMessage()));
        }
    }
}
