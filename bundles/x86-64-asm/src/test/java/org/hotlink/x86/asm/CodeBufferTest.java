package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.Gpr.RAX;
import static org.hotlink.x86.asm.Gpr.RCX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Tests of labels, label fix-ups (rel8, rel32, label differences), patching and growth of the code buffer. */
class CodeBufferTest {
    private static String hex(byte[] code) {
        return HexFormat.of().formatHex(code);
    }

    @Test
    void forwardJumpIsPatchedWhenTheLabelIsBoundLater() {
        X86Assembler a = new X86Assembler();
        Label done = new Label("done");
        a.jmp(done);          // 0: e9 rel32, ends at 5
        a.nop();              // 5
        a.bind(done);         // 6
        a.ret();
        assertEquals("e901000000" + "90" + "c3", hex(a.buffer().finish()), "expected jmp rel32 = 6 - 5 = 1");
    }

    @Test
    void backwardConditionalJumpHasNegativeDisplacement() {
        X86Assembler a = new X86Assembler();
        Label loop = new Label("loop");
        a.bind(loop);                         // 0
        a.decl(RCX);                          // 0: ff c9
        a.jcc(Condition.NE, loop);            // 2: 0f 85 rel32, ends at 8
        assertEquals("ffc9" + "0f85f8ffffff", hex(a.buffer().finish()), "expected jne rel32 = 0 - 8 = -8");
    }

    @Test
    void shortJumpsUseRel8BothWays() {
        X86Assembler a = new X86Assembler();
        Label top = new Label("top");
        Label exit = new Label("exit");
        a.bind(top);
        a.jccShort(Condition.E, exit);        // 0: 74 rel8, ends at 2
        a.jmpShort(top);                      // 2: eb rel8, ends at 4
        a.bind(exit);                         // 4
        assertEquals("7402" + "ebfc", hex(a.buffer().finish()), "expected je +2 and jmp -4");
    }

    @Test
    void shortJumpOutOfRangeFailsInFinishNamingTheLabel() {
        X86Assembler a = new X86Assembler();
        Label far = new Label("far");
        a.jmpShort(far);
        for (int i = 0; i < 128; i++) {
            a.nop();
        }
        a.bind(far);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.buffer().finish(),
                "expected a rel8 jump over 128 bytes to be rejected");
        assertTrue(e.getMessage().contains("far"), "expected the message to name the label, was: " + e.getMessage());
    }

    @Test
    void callToLabelUsesRel32FromInstructionEnd() {
        X86Assembler a = new X86Assembler();
        Label callee = new Label("callee");
        a.call(callee);                       // 0: e8 rel32, ends at 5
        a.ret();                              // 5
        a.bind(callee);                       // 6
        a.ret();
        assertEquals("e801000000c3c3", hex(a.buffer().finish()), "expected call rel32 = 6 - 5 = 1");
    }

    @Test
    void unboundLabelFailsInFinishNamingTheLabel() {
        X86Assembler a = new X86Assembler();
        a.jmp(new Label("never_bound"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.buffer().finish(),
                "expected finish to fail for a jump to an unbound label");
        assertTrue(e.getMessage().contains("never_bound"),
                "expected the message to name the unbound label, was: " + e.getMessage());
    }

    @Test
    void bindingALabelTwiceIsRejected() {
        CodeBuffer buffer = new CodeBuffer();
        Label label = new Label("twice");
        buffer.bind(label);
        assertThrows(IllegalStateException.class, () -> buffer.bind(label), "expected a second bind to fail");
    }

    @Test
    void labelBoundInAnotherBufferIsRejected() {
        CodeBuffer other = new CodeBuffer();
        Label foreign = new Label("foreign");
        other.bind(foreign);
        X86Assembler a = new X86Assembler();
        a.jmp(foreign);
        assertThrows(IllegalStateException.class, () -> a.buffer().finish(),
                "expected a reference to a label of another buffer to fail");
        assertThrows(IllegalStateException.class, () -> a.buffer().labelOffset(foreign),
                "expected labelOffset of a foreign label to fail");
    }

    @Test
    void labelOffsetReportsTheBoundPosition() {
        X86Assembler a = new X86Assembler();
        a.nop(5);
        Label here = new Label("here");
        a.bind(here);
        assertEquals(5, a.buffer().labelOffset(here), "expected the label at offset 5");
        assertThrows(IllegalStateException.class, () -> a.buffer().labelOffset(new Label("unbound")),
                "expected labelOffset of an unbound label to fail");
    }

    @Test
    void ripRelativeLabelOperandAccountsForTrailingImmediate() {
        X86Assembler a = new X86Assembler();
        Label data = new Label("data");
        a.movl(Address.rip(data, 0), 7);      // 0: c7 05 rel32 imm32, ends at 10
        a.bind(data);                         // 10
        a.buffer().emit32(0);
        assertEquals("c705" + "00000000" + "07000000" + "00000000", hex(a.buffer().finish()),
                "expected rel32 = 10 - 10 = 0: the field is relative to the end of the immediate");
    }

    @Test
    void jumpTableEntriesAreLabelDifferences() {
        X86Assembler a = new X86Assembler();
        Label table = new Label("table");
        Label caseA = new Label("caseA");
        Label caseB = new Label("caseB");
        a.bind(caseA);                        // 0
        a.ret();
        a.bind(table);                        // 1
        a.buffer().emitLabelAddressDifference(caseA, table);
        a.buffer().emitLabelAddressDifference(caseB, table);
        a.bind(caseB);                        // 9
        a.ret();
        assertEquals("c3" + "ffffffff" + "08000000" + "c3", hex(a.buffer().finish()),
                "expected entries 0 - 1 = -1 and 9 - 1 = 8");
    }

    @Test
    void leaOfLabelGivesItsAddressForJumpTables() {
        X86Assembler a = new X86Assembler();
        Label table = new Label("table");
        a.leaq(RAX, Address.rip(table, 0));   // 0: 48 8d 05 rel32, ends at 7
        a.bind(table);
        assertEquals("488d0500000000", hex(a.buffer().finish()), "expected lea rax, [rip + 0]");
    }

    @Test
    void bufferGrowsBeyondItsInitialCapacityAndPatchesWork() {
        CodeBuffer buffer = new CodeBuffer();
        for (int i = 0; i < 10_000; i++) {
            buffer.emit8(i);
        }
        buffer.patch32(9_000, 0x11223344);
        byte[] code = buffer.finish();
        assertEquals(10_000, code.length, "expected every emitted byte kept");
        assertArrayEquals(new byte[] {0x44, 0x33, 0x22, 0x11}, java.util.Arrays.copyOfRange(code, 9_000, 9_004),
                "expected the patched little-endian value");
        assertEquals(0x0F, buffer.byteAt(9_999) & 0x0F, "expected the last byte to be 9999 & 0xFF = 0x0F");
        assertThrows(IndexOutOfBoundsException.class, () -> buffer.patch32(9_998, 0),
                "expected a patch past the end to fail");
    }
}
