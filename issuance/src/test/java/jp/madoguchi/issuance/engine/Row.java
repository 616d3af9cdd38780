package jp.madoguchi.issuance.engine;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * One row of a decision table: a request against the samples and the rule kinds expected to fail (none means
 * allowed). The name reads as the rule being pinned down, e.g. "06:29:59 is before opening".
 */
record Row(String name, String municipality, String at, String resident, CertificateType certificate,
        List<String> subjects, RequestedOptions options, int copies, Set<String> failing, int fee) {

    static Row of(String name, String municipality, String at, String resident, String certificate) {
        return new Row(name, municipality, at, resident, Identified.byId(CertificateType.class, certificate).orElseThrow(),
                List.of(), RequestedOptions.NONE, 1, Set.of(), 0);
    }

    Row subjects(String... ids) {
        return new Row(name, municipality, at, resident, certificate, List.of(ids), options, copies, failing, fee);
    }

    Row options(String... ids) {
        Set<CertificateOption> set = EnumSet.noneOf(CertificateOption.class);
        Arrays.stream(ids).map(id -> Identified.byId(CertificateOption.class, id).orElseThrow()).forEach(set::add);
        return new Row(name, municipality, at, resident, certificate, subjects,
                new RequestedOptions(set, options.taxYear()), copies, failing, fee);
    }

    Row taxYear(int year) {
        return new Row(name, municipality, at, resident, certificate, subjects,
                new RequestedOptions(options.included(), Optional.of(year)), copies, failing, fee);
    }

    Row copies(int n) {
        return new Row(name, municipality, at, resident, certificate, subjects, options, n, failing, fee);
    }

    /** Expect an allowed decision charging {@code feePerCopy} per copy. */
    Row allowed(int feePerCopy) {
        return new Row(name, municipality, at, resident, certificate, subjects, options, copies, Set.of(), feePerCopy);
    }

    /** Expect a denial whose reasons come from exactly these rule kinds. */
    Row denied(String... kinds) {
        return new Row(name, municipality, at, resident, certificate, subjects, options, copies,
                new TreeSet<>(List.of(kinds)), 0);
    }

    IssuanceRequest request() {
        return new IssuanceRequest(MunicipalityCode.parse(municipality), Samples.tokyo(at), Samples.requester(resident),
                certificate, subjects, options, copies);
    }

    @Override
    public String toString() {
        return name;
    }
}
