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
     * The blocks of a certificate whose file does not choose: every condition that concerns its register, and the
     * wider scopes the pages state (丹波市): a 転出予定者 anywhere in the household stops the 住民票 and 住民票記載事項証明書
     * of that household, a pending 戸籍届出 of anyone in the 戸籍 stops its 戸籍 certificates. Where a town is silent
     * the stricter reading is the safe one: the counter can still issue.
     */
    public static Map<BlockingCondition, BlockScope> defaultsFor(CertificateType type) {
        Map<BlockingCondition, BlockScope> blocks = new EnumMap<>(BlockingCondition.class);
        for (BlockingCondition condition : BlockingCondition.values()) {
            if (condition != BlockingCondition.KOSEKI_PENDING || type.register() == Register.KOSEKI) {
                blocks.put(condition, defaultScope(type, condition));
            }
        }
        return Collections.unmodifiableMap(blocks);
    }

    /** The scope a condition listed without one gets on {@code type}. */
    public static BlockScope defaultScope(CertificateType type, BlockingCondition condition) {
        return switch (condition) {
            case MOVING_OUT -> type.register() == Register.RESIDENT ? HOUSEHOLD : SUBJECTS;
            case KOSEKI_PENDING -> type.register() == Register.KOSEKI ? KOSEKI : SUBJECTS;
            default -> SUBJECTS;
        };
    }
}
