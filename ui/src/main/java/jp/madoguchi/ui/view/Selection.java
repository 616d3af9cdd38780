package jp.madoguchi.ui.view;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The {@code :selected} look of a key whose choice is the current one (options, years, subjects). */
final class Selection {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private Selection() {}

    static void mark(Node key, boolean selected) {
        key.getStyleClass().add("choice-key");
        key.pseudoClassStateChanged(SELECTED, selected);
    }
}
