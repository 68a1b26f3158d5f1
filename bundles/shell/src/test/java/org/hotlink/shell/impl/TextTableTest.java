package org.hotlink.shell.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Tests the shell's plain-text tables. */
class TextTableTest {
    @Test
    void columnsAreAsWideAsTheirWidestCellAndTheLastIsNotPadded() {
        String text = new TextTable("name", "v", "functions").row("synthesizer", "12", "a,b").row("x", "1", "").render();
        assertEquals("name         v   functions\nsynthesizer  12  a,b\nx            1   \n", text);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TextTable("a", "b").row("only one"));
    }
}
