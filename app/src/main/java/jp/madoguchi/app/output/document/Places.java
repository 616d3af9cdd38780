package jp.madoguchi.app.output.document;

import java.util.HashMap;
import java.util.Map;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.Municipality;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;

/**
 * Names of places for printing: the municipalities the kiosk has rule files for, and the 47 prefectures by the first
 * two digits of a 全国地方公共団体コード. A municipality without a rule file prints as its code.
 */
public final class Places {
    private static final String[] PREFECTURES = {
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
        "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
        "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
        "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
        "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};

    private final Map<MunicipalityCode, String> names;

    public Places(Map<MunicipalityCode, String> names) {
        this.names = Map.copyOf(names);
    }

    public static Places of(RuleBook book) {
        Map<MunicipalityCode, String> names = new HashMap<>();
        book.ruleSets().forEach(set -> names.put(set.code(), set.municipality().name()));
        return new Places(names);
    }

    public Municipality municipality(MunicipalityCode code) {
        return new Municipality(code, names.getOrDefault(code, code.value()));
    }

    /** 都道府県 + 市区町村, e.g. 兵庫県播磨町. */
    public String fullName(MunicipalityCode code) {
        return prefecture(code) + municipality(code).name();
    }

    /** The 住所 as a certificate prints it: 都道府県, 市区町村 and the registry's 町名・番地, e.g. 兵庫県播磨町本荘一丁目1番1号. */
    public String address(Resident person) {
        return fullName(person.address()) + person.street();
    }

    public static String prefecture(MunicipalityCode code) {
        return PREFECTURES[Integer.parseInt(code.value().substring(0, 2)) - 1];
    }
}
