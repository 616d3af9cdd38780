package jp.madoguchi.card.virtual;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.card.jpki.Application;

/** A personalised card application (DF): its AID and its elementary files by FID. */
record CardApplication(Application id, Map<Integer, CardFile> files) {
    CardApplication(Application id, List<CardFile> files) {
        this(id, index(files));
    }

    private static Map<Integer, CardFile> index(List<CardFile> files) {
        Map<Integer, CardFile> byFid = new LinkedHashMap<>();
        files.forEach(f -> byFid.put(f.fid(), f));
        return Map.copyOf(byFid);
    }

    boolean hasAid(byte[] aid) {
        return Arrays.equals(id.aid(), aid);
    }

    Optional<CardFile> file(int fid) {
        return Optional.ofNullable(files.get(fid));
    }
}
