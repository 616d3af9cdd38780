package jp.madoguchi.card.virtual.holder;

import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CaHierarchy;

/**
 * File names of the committed test PKI, shared by {@link TestPki} (reading) and {@link TestPkiGenerator}
 * (writing). Resources live in {@code jp/madoguchi/card/virtual/holder/testpki/}.
 */
final class TestPkiFiles {
    static final String RESOURCE_DIRECTORY = "testpki/";

    private TestPkiFiles() {}

    static String caCertificate(CaHierarchy hierarchy, CaGeneration generation) {
        return "ca-" + hierarchy.fileTag() + "-" + generation.fileTag() + ".crt.pem";
    }

    static String caKey(CaHierarchy hierarchy, CaGeneration generation) {
        return "ca-" + hierarchy.fileTag() + "-" + generation.fileTag() + ".key.pem";
    }

    /** One key pair per holder and role; the role is the hierarchy that certifies it. */
    static String holderKey(String holderId, CaHierarchy role) {
        return "holder-" + holderId + "-" + role.fileTag() + ".key.pem";
    }
}
