package jp.madoguchi.issuance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.madoguchi.issuance.catalogue.RealCatalogue;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.load.RuleSource;

/**
 * A synthetic national catalogue built from the real one ({@link RealCatalogue}): its files cloned in turn under
 * distinct valid codes (prefecture 01-47, number from 201) with varied fees, one file per municipality, as a real
 * deployment would hold them. The clones keep their files' comments, unverified marks and unknown fees, so loading
 * them costs what loading real files costs.
 */
public final class NationalCatalogue {
    /** 1,718 市町村 + 23 特別区. */
    public static final int MUNICIPALITIES = 1_741;
    private static final Pattern CODE = Pattern.compile("(?m)^  code: .*$");
    private static final Pattern NAME = Pattern.compile("(?m)^  name: .*$");
    private static final Pattern FEE = Pattern.compile("fee: (\\d+)");

    private NationalCatalogue() {}

    /** The i-th municipality's code: prefecture {@code i % 47 + 1}, municipality number {@code 201 + i / 47}. */
    public static MunicipalityCode code(int i) {
        return MunicipalityCode.parse(String.format("%02d%03d", i % 47 + 1, 201 + i / 47));
    }

    /** The i-th file copies real file {@code i % n} of the {@code n} in {@link RealCatalogue#sources()} (name order). */
    public static List<RuleSource> sources(int count) {
        List<RuleSource> templates = RealCatalogue.sources();
        List<RuleSource> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MunicipalityCode code = code(i);
            String text = templates.get(i % templates.size()).text();
            text = CODE.matcher(text).replaceFirst("  code: \"" + code + "\"");
            text = NAME.matcher(text).replaceFirst("  name: 見本市" + i);
            int surcharge = 10 * (i % 7);
            Matcher fee = FEE.matcher(text);
            text = fee.replaceAll(m -> "fee: " + (Integer.parseInt(m.group(1)) + surcharge));
            sources.add(new RuleSource("m" + code + ".yaml", text));
        }
        return sources;
    }

    /**
     * The index of the last copy of the real file {@code template} (e.g. {@code catalogue/harima.yaml}) at or
     * before {@code near} in a catalogue of {@code count}: a benchmark's municipality with known rules.
     */
    public static int copyOf(String template, int near, int count) {
        List<String> names = RealCatalogue.sources().stream().map(RuleSource::name).toList();
        int t = names.indexOf(template);
        int last = Math.min(near, count - 1);
        if (t < 0 || last < t) {
            throw new IllegalArgumentException("no copy of " + template + " among " + count + " municipalities");
        }
        return (last - t) / names.size() * names.size() + t;
    }

    /** Deletes {@code dir} and what {@link #write} wrote into it. */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Writes {@code count} rule files into {@code dir} and returns it. */
    public static Path write(Path dir, int count) throws IOException {
        for (RuleSource source : sources(count)) {
            Files.writeString(dir.resolve(source.name()), source.text());
        }
        return dir;
    }
}
