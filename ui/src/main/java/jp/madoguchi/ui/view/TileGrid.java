package jp.madoguchi.ui.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Tiles in equal columns filled row by row, each column an equal share of the width (see {@code .tile-grid}). */
final class TileGrid {
    private TileGrid() {}

    static GridPane of(int columns, List<? extends Node> tiles) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tile-grid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < tiles.size(); i++) {
            grid.add(tiles.get(i), i % columns, i / columns);
        }
        return grid;
    }
}
