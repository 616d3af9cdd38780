package jp.madoguchi.card.cert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a trust directory: PEM (several blocks per file) or DER, certificates and CRLs. */
final class TrustStoreLoader {
    private static final List<String> EXTENSIONS = List.of(".pem", ".crt", ".cer", ".der", ".crl");
    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

    private final List<X509Certificate> anchors = new ArrayList<>();
    private final List<X509CRL> crls = new ArrayList<>();

    void loadDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("trust directory " + directory + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).filter(TrustStoreLoader::supported).sorted().toList();
        }
        for (Path file : files) {
            loadFile(file);
        }
    }

    List<X509Certificate> anchors() {
        return anchors;
    }

    List<X509CRL> crls() {
        return crls;
    }

    private void loadFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        try {
            if (text.stripLeading().startsWith("-----BEGIN ")) {
                loadPem(text);
            } else if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".crl")) {
                crls.add(crl(bytes));
            } else {
                anchors.add(CertificateParser.parse(bytes));
            }
        } catch (MalformedCertificateException | CRLException | CertificateException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private void loadPem(String text) throws MalformedCertificateException, CRLException, CertificateException {
        Matcher block = PEM_BLOCK.matcher(text);
        int found = 0;
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            switch (block.group(1)) {
                case "CERTIFICATE" -> anchors.add(CertificateParser.parse(der));
                case "X509 CRL" -> crls.add(crl(der));
                default -> throw new IllegalArgumentException("unsupported PEM block '" + block.group(1)
                        + "' (only CERTIFICATE and X509 CRL belong in a trust directory)");
            }
            found++;
        }
        if (found == 0) {
            throw new IllegalArgumentException("no complete PEM block");
        }
    }

    private static X509CRL crl(byte[] der) throws CRLException, CertificateException {
        return (X509CRL) CertificateParser.factory().generateCRL(new ByteArrayInputStream(der));
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
