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
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.load.RuleSource;
import jp.madoguchi.issuance.rules.load.RuleSources;

/**
 * A synthetic national catalogue: the bundled samples cloned under distinct valid codes (prefecture 01-47, number
 * from 201) with varied fees, one file per municipality, as a real deployment would hold them.
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

    /** The i-th file copies sample {@code i % 4} in file-name order: chitose, harima, kagoshima, miyako. */
    public static List<RuleSource> sources(int count) {
        List<RuleSource> templates = RuleSources.bundledSamples();
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
