package jp.madoguchi.app.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void sentencesEndAtTheirFullStopAndNothingIsLost() {
        assertThat(Sentences.of("カードを置いてください。お待ちください。 残り", 150))
                .containsExactly("カードを置いてください。", "お待ちください。", "残り");
    }

    @Test
    void aSentenceTooLongIsCutAfterItsCommasThenAtTheLimit() {
        List<String> pieces = Sentences.of("えいご、ちゅうごくご、" + "あ".repeat(25) + "。", 10);

        assertThat(pieces).containsExactly("えいご、", "ちゅうごくご、", "あああああああああああ".substring(1),
                "ああああああああああ", "あああああ。");
        assertThat(String.join("", pieces)).isEqualTo("えいご、ちゅうごくご、" + "あ".repeat(25) + "。");
    }
}
