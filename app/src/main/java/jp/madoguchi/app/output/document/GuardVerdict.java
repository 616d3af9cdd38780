package jp.madoguchi.app.output.document;

import jp.madoguchi.issuance.visit.port.DocumentNumber;

/** The print guard's answer for one sheet. */
public sealed interface GuardVerdict {
    DocumentNumber document();

    record Cleared(DocumentNumber document) implements GuardVerdict {}

    /** {@code reason} is a stable id for the journal; {@code detail} holds ids only, never names. */
    record Refused(DocumentNumber document, String reason, String detail) implements GuardVerdict {}
}
