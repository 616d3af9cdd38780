package jp.madoguchi.issuance.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import jp.madoguchi.issuance.Identified;

/**
 * Whose situation a {@link BlockingCondition} is checked on. Each scope includes the narrower ones: the household
 * and the 戸籍 scopes still check the requester and the certificate's subjects.
 */
public enum BlockScope implements Identified {
    /** The requester and the persons the certificate is about. */
    SUBJECTS("subjects"),
    /** Also everyone in the requester's 世帯: "転出予定者が含まれる世帯の住民票の写し…は取得ができません" (丹波市). */
    HOUSEHOLD("household"),
    /** Also everyone in the requester's 戸籍. */
    KOSEKI("koseki");

    private final String id;

    BlockScope(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * The blocks of a certificate whose file does not choose: every condition, and a 転出予定者 anywhere in the
     * household stops the 住民票 and 住民票記載事項証明書 of that household (丹波市's page says so; the stricter reading
     * is the safe one where a town is silent: the counter can still issue).
     */
    public static Map<BlockingCondition, BlockScope> defaultsFor(CertificateType type) {
        Map<BlockingCondition, BlockScope> blocks = new EnumMap<>(BlockingCondition.class);
        for (BlockingCondition condition : BlockingCondition.values()) {
            blocks.put(condition, defaultScope(type, condition));
        }
        return Collections.unmodifiableMap(blocks);
    }

    /** The scope a condition listed without one gets on {@code type}. */
    public static BlockScope defaultScope(CertificateType type, BlockingCondition condition) {
        boolean householdRecord = type.register() == Register.RESIDENT;
        return condition == BlockingCondition.MOVING_OUT && householdRecord ? HOUSEHOLD : SUBJECTS;
    }
}
