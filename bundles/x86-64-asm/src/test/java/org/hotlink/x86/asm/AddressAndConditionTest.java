package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.Gpr.RAX;
import static org.hotlink.x86.asm.Gpr.RBX;
import static org.hotlink.x86.asm.Gpr.RSP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Tests of the checked operand types: memory operands, condition codes and register numbering. */
class AddressAndConditionTest {
    @Test
    void scaleMustBeOneTwoFourOrEight() {
        assertThrows(IllegalArgumentException.class, () -> Address.of(RAX, RBX, 3, 0), "expected scale 3 rejected");
        assertThrows(IllegalArgumentException.class, () -> Address.of(RAX, RBX, 0, 0), "expected scale 0 rejected");
        assertEquals(8, Address.of(RAX, RBX, 8, 0).scale(), "expected scale 8 accepted");
    }

    @Test
    void rspCannotBeAnIndex() {
        assertThrows(IllegalArgumentException.class, () -> Address.of(RAX, RSP, 1, 0),
                "expected RSP rejected as index (its SIB encoding means no index)");
    }

    @Test
    void plusMovesTheDisplacementAndChecksOverflow() {
        assertEquals(-4, Address.of(RAX, -12).plus(8).displacement(), "expected -12 + 8 = -4");
        assertThrows(IllegalArgumentException.class, () -> Address.of(RAX, Integer.MAX_VALUE).plus(1),
                "expected a displacement overflow rejected");
    }

    @Test
    void plusOnASymbolOperandMovesTheAddend() {
        X86Assembler a = new X86Assembler();
        a.movq(RAX, Address.ripSymbol("g", RelocationKind.PC32, 0).plus(8));
        assertEquals(4L, a.buffer().relocations().get(0).addend(), "expected addend 8 - 4 for the second word of g");
    }

    @Test
    void negatedConditionIsItsComplement() {
        assertEquals(Condition.NE, Condition.E.negate(), "expected !E = NE");
        assertEquals(Condition.G, Condition.LE.negate(), "expected !LE = G");
        assertEquals(Condition.AE, Condition.B.negate(), "expected !B = AE");
        assertEquals(Condition.NP, Condition.P.negate(), "expected !P = NP");
        for (Condition c : Condition.values()) {
            assertEquals(c, c.negate().negate(), "expected double negation of " + c + " to be itself");
        }
    }

    @Test
    void conditionCodesAndRegisterNumbersFollowTheManual() {
        assertEquals(0x4, Condition.E.code(), "expected E = 4");
        assertEquals(0xC, Condition.L.code(), "expected L = 0xC");
        assertEquals(0xF, Condition.G.code(), "expected G = 0xF");
        assertEquals(4, Gpr.RSP.encoding(), "expected RSP = 4");
        assertEquals(13, Gpr.R13.encoding(), "expected R13 = 13");
        assertEquals(15, Xmm.XMM15.encoding(), "expected XMM15 = 15");
        assertEquals(8, OperandSize.QWORD.bytes(), "expected QWORD = 8 bytes");
    }
}
