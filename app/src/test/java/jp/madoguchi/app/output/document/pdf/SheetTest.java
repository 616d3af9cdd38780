package jp.madoguchi.app.output.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetTest {
    @Test
    void paragraphsWrapJapaneseAnywhereButKeepLatinWordsWhole() {
        Sheet sheet = Sheet.plain();
        String text = "デモ用の支払い装置です（実際のお金は動きません） / Demonstration payment device: no real money";

        float after = sheet.paragraph(70, 100, 300, 10, 15, text);

        List<String> lines = lines(sheet);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(lines).allSatisfy(line -> assertThat(JapaneseFont.width(line, 10)).isLessThanOrEqualTo(300));
        assertThat(lines).noneMatch(line -> line.endsWith("mo") || line.startsWith("ney"))
                .anyMatch(line -> line.endsWith("money"));
        assertThat(after).isEqualTo(100 + 15 * lines.size());
    }

    @Test
    void footersCanBeAddedToEarlierPagesOnceThePageCountIsKnown() {
        Sheet sheet = Sheet.certificate("複写");
        sheet.text(10, 10, 10, "一");
        sheet.newPage();
        sheet.onPage(1);
        sheet.text(10, 800, 8, "1/2");

        assertThat(sheet.pageCount()).isEqualTo(2);
        assertThat(sheet.pages().get(0)).hasSize(2);
        assertThat(sheet.pages().get(1)).isEmpty();
        assertThat(sheet.allText()).startsWith("複写").contains("一", "1/2");
    }

    private static List<String> lines(Sheet sheet) {
        return sheet.pages().get(0).stream().map(mark -> ((Mark.Text) mark).text()).toList();
    }
}
