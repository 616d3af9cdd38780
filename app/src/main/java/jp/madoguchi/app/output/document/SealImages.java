package jp.madoguchi.app.output.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * The municipal seal (公印) image each certificate is certified with, one PNG per municipality code in
 * {@code seals/}. The bundled ones are samples for the sample municipalities; without an image there is no
 * certificate.
 */
public final class SealImages {
    private static final String DIR = "/jp/madoguchi/app/output/document/seals/";

    private SealImages() {}

    public static Optional<byte[]> of(MunicipalityCode code) {
        try (InputStream in = SealImages.class.getResourceAsStream(DIR + code.value() + ".png")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
