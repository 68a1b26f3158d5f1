package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.Gpr.RAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Test that symbol references give the relocations an ELF assembler writes. Expected values come from
 * assembling the same sequence with {@code llvm-mc-19 -filetype=obj -x86-asm-syntax=intel} and reading it
 * with {@code llvm-readobj-19 -r} and {@code llvm-objdump-19 -d}:
 * <pre>
 * call foo                                  # 0x01 R_X86_64_PLT32 foo -4
 * lea rax, [rip + bar]                      # 0x08 R_X86_64_PC32 bar -4
 * mov rax, qword ptr [rip + baz@GOTPCREL]   # 0x0F R_X86_64_REX_GOTPCRELX baz -4 (GOTPCREL here)
 * mov dword ptr [rip + sym + 12], 5         # 0x15 R_X86_64_PC32 sym +4 (12 - 4 - imm32)
 * jmp foo                                   # 0x1E R_X86_64_PLT32 foo -4
 * movabs rax, offset sym2                   # 0x24 R_X86_64_64 sym2 0
 * </pre>
 */
class RelocationTest {
    @Test
    void symbolReferencesGiveElfRelocationsWithLlvmsOffsetsAndAddends() {
        X86Assembler a = new X86Assembler();
        a.call("foo");
        a.leaq(RAX, Address.ripSymbol("bar", RelocationKind.PC32, 0));
        a.movq(RAX, Address.ripSymbol("baz", RelocationKind.GOTPCREL, 0));
        a.movl(Address.ripSymbol("sym", RelocationKind.PC32, 12), 5);
        a.jmp("foo");
        a.movabsq(RAX, "sym2", 0);
        byte[] code = a.buffer().finish();
        assertEquals("e800000000" + "488d0500000000" + "488b0500000000" + "c7050000000005000000"
                + "e900000000" + "48b80000000000000000", HexFormat.of().formatHex(code),
                "expected llvm-objdump's bytes with zeroed relocation fields");
        assertEquals(List.of(
                new AsmRelocation(0x01, RelocationKind.PLT32, "foo", -4),
                new AsmRelocation(0x08, RelocationKind.PC32, "bar", -4),
                new AsmRelocation(0x0F, RelocationKind.GOTPCREL, "baz", -4),
                new AsmRelocation(0x15, RelocationKind.PC32, "sym", 4),
                new AsmRelocation(0x1E, RelocationKind.PLT32, "foo", -4),
                new AsmRelocation(0x24, RelocationKind.ABS64, "sym2", 0)),
                a.buffer().relocations(), "expected llvm-readobj's relocations");
    }

    @Test
    void ripSymbolOperandRejectsNonPcRelativeKinds() {
        assertThrows(IllegalArgumentException.class, () -> Address.ripSymbol("x", RelocationKind.ABS64, 0),
                "expected ABS64 rejected for a RIP-relative operand");
        assertThrows(IllegalArgumentException.class, () -> Address.ripSymbol("", RelocationKind.PC32, 0),
                "expected an empty symbol name rejected");
    }

    @Test
    void relocationFieldMustLieInsideTheEmittedCode() {
        CodeBuffer buffer = new CodeBuffer();
        buffer.emit8(0xE8);
        assertThrows(IllegalArgumentException.class,
                () -> buffer.addRelocation(new AsmRelocation(1, RelocationKind.PC32, "f", -4)),
                "expected a relocation whose field is not emitted yet to be rejected");
    }
}
