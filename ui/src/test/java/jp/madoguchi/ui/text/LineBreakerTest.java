package jp.madoguchi.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line breaking measured with a ruler where every character is 10 units wide. */
class LineBreakerTest {
    private final LineBreaker breaker = new LineBreaker(text -> text.length() * 10.0);

    @Test
    void breaksLatinTextBetweenWordsAndDropsTheSpaceAtTheBreak() {
        assertThat(breaker.wrap("Please place your card", 120)).isEqualTo("Please place\nyour card");
    }

    @Test
    void leavesTextThatFitsAlone() {
        assertThat(breaker.wrap("Continue", 120)).isEqualTo("Continue");
    }

    @Test
    void breaksThaiBetweenWordsThoughItHasNoSpaces() {
        String wrapped = breaker.wrap("ใบรับรองการยืนยันตัวผู้ใช้", 100);

        assertThat(wrapped.replace("\n", "")).isEqualTo("ใบรับรองการยืนยันตัวผู้ใช้");
        assertThat(wrapped.split("\n")).contains("ใบรับรอง").allMatch(line -> line.length() <= 10);
    }

    @Test
    void breaksJapaneseBetweenCharactersButKeepsClosingPunctuationOnTheLine() {
        String wrapped = breaker.wrap("暗証番号を入力してください。", 70);

        assertThat(wrapped).isEqualTo("暗証番号を入力\nしてください。");
    }

    @Test
    void easyJapaneseBreaksAtItsSpacesRatherThanInsideAWord() {
        assertThat(breaker.wrap("ぜんぶ けす", 50)).isEqualTo("ぜんぶ\nけす");
    }

    @Test
    void plainJapaneseKeepsAKanjiCompoundWhole() {
        assertThat(breaker.wrap("場合: 電子証明書です", 80)).isEqualTo("場合:\n電子証明書です");
    }

    @Test
    void easyJapaneseNeverSplitsAKatakanaWordFromItsEnding() {
        String wrapped = breaker.wrap("スペインご、ポルトガルご、ベトナムご", 100);

        assertThat(wrapped).isEqualTo("スペインご、\nポルトガルご、\nベトナムご");
    }

    @Test
    void koreanBreaksAtItsSpacesOnly() {
        assertThat(breaker.wrap("비밀번호를 입력해 주십시오", 70)).isEqualTo("비밀번호를\n입력해\n주십시오");
    }

    @Test
    void chineseStillBreaksBetweenCharacters() {
        assertThat(breaker.wrap("请输入密码后按确定", 50)).isEqualTo("请输入密码\n后按确定");
    }

    @Test
    void aKanjiRunWiderThanTheLineIsBrokenInsideRatherThanCutOff() {
        assertThat(breaker.wrap("利用者証明用電子証明書の", 60)).isEqualTo("利用者証明用\n電子証明書の");
    }

    @Test
    void keepsAPhoneNumberOnOneLine() {
        assertThat(breaker.wrap("Call 0120-95-0178 now", 130)).isEqualTo("Call\n0120-95-0178\nnow");
    }

    @Test
    void keepsATimeOnOneLine() {
        assertThat(breaker.wrap("ทุกวัน 9:30–17:30", 70)).doesNotContain(":\n");
    }

    @Test
    void neverStartsALineWithADevanagariDanda() {
        String wrapped = breaker.wrap("कृपया PIN हाल्नुहोस्।", 150);

        assertThat(wrapped.split("\n")).noneMatch(line -> line.startsWith("।"));
    }

    @Test
    void keepsExistingLineBreaks() {
        assertThat(breaker.wrap("One\nTwo", 500)).isEqualTo("One\nTwo");
    }

    @Test
    void aWordLongerThanTheLineStaysWhole() {
        assertThat(breaker.wrap("a Rechtsschutzversicherung b", 100)).isEqualTo("a\nRechtsschutzversicherung\nb");
    }
}
