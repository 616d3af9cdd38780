package jp.madoguchi.issuance.visit.step;

import java.util.List;

/** A phone line on the help screen; {@code description} says what it is for, its languages and hours. */
public record Hotline(String number, Message description) {
    /** マイナンバー総合フリーダイヤル and the two foreign-language lines (docs/domain.md). */
    public static final List<Hotline> NATIONAL = List.of(
            new Hotline("0120-95-0178", Message.of("help.hotline.body")),
            new Hotline("0120-0178-26", Message.of("help.foreign.general")),
            new Hotline("0120-0178-27", Message.of("help.foreign.card")));
}
