package jp.madoguchi.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's stylesheet parses without an error. JavaFX only logs a parse error and drops every rule after it, so
 * an unclosed brace would quietly undo the cancel key's colours, the help mark and whatever follows.
 */
class StylesheetParsesTest {

    @Test
    void kioskCssHasNoParseError() throws Exception {
        URL css = KioskTheme.class.getResource("kiosk.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();

        new CssParser().parse(css);

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }
}
