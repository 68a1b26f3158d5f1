package org.hotlink.shell.impl;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the shell: a header row and data rows, columns left-aligned and separated by two
 * spaces, the last column unpadded. Not thread-safe; build one per command call.
 */
final class TextTable {
    private static final String GAP = "  ";
    private final List<List<String>> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        this.columns = header.length;
        rows.add(List.of(header));
    }

    /** Adds a row; it must have as many cells as the header. */
    TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The table, one line per row, each ending with a newline. */
    String render() {
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                text.append(cell);
                if (c < columns - 1) {
                    text.append(" ".repeat(widths[c] - cell.length())).append(GAP);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }
}
