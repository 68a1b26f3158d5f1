package org.hotlink.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Test that every register combination of the core forms (all 16 x 16 GPR pairs at every size, every
 * base/index pair of a memory operand, every XMM pair, every condition with every byte register, the ALU
 * immediates around the imm8 limits) encodes as llvm-mc-19 encodes it. Unlike the committed tables this
 * generates its cases and asks llvm-mc at test time, in one run; it fails if llvm-mc-19 is missing.
 */
class RegisterSweepTest {
    private static final Pattern ENCODING = Pattern.compile("# encoding: \\[([^\\]]*)\\]");
    private static final String[] QWORD = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};
    private static final String[] DWORD = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
        "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
    private static final String[] WORD = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
        "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"};
    private static final String[] BYTE = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
        "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"};
    private static final String[] CONDITION = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np",
        "l", "ge", "le", "g"};

    private record Case(String text, Consumer<X86Assembler> call) {}

    private static String name(OperandSize size, Gpr r) {
        return switch (size) {
            case BYTE -> BYTE[r.encoding()];
            case WORD -> WORD[r.encoding()];
            case DWORD -> DWORD[r.encoding()];
            case QWORD -> QWORD[r.encoding()];
        };
    }

    private static String pointer(OperandSize size) {
        return switch (size) {
            case BYTE -> "byte ptr";
            case WORD -> "word ptr";
            case DWORD -> "dword ptr";
            case QWORD -> "qword ptr";
        };
    }

    private static String memory(Address m) {
        String disp = m.displacement() == 0 ? "" : (m.displacement() < 0 ? " - " + -(long) m.displacement()
                : " + " + m.displacement());
        String index = m.index() == null ? "" : " + " + m.scale() + "*" + QWORD[m.index().encoding()];
        return "[" + QWORD[m.base().encoding()] + index + disp + "]";
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (OperandSize size : OperandSize.values()) {
            for (Gpr dst : Gpr.values()) {
                for (Gpr src : Gpr.values()) {
                    cases.add(new Case("mov " + name(size, dst) + ", " + name(size, src), a -> a.mov(size, dst, src)));
                }
            }
        }
        for (Gpr base : Gpr.values()) {
            for (int disp : new int[] {0, -8, 1024}) {
                Address m = Address.of(base, disp);
                for (Gpr r : new Gpr[] {Gpr.RAX, Gpr.RSI, Gpr.R9}) {
                    cases.add(new Case("mov " + name(OperandSize.BYTE, r) + ", byte ptr " + memory(m),
                            a -> a.mov(OperandSize.BYTE, r, m)));
                    cases.add(new Case("mov qword ptr " + memory(m) + ", " + name(OperandSize.QWORD, r),
                            a -> a.mov(OperandSize.QWORD, m, r)));
                }
                for (Gpr index : Gpr.values()) {
                    if (index == Gpr.RSP) {
                        continue;
                    }
                    for (int scale : new int[] {1, 8}) {
                        Address indexed = Address.of(base, index, scale, disp);
                        cases.add(new Case("mov r11d, dword ptr " + memory(indexed),
                                a -> a.mov(OperandSize.DWORD, Gpr.R11, indexed)));
                    }
                }
            }
        }
        for (Xmm dst : Xmm.values()) {
            for (Xmm src : Xmm.values()) {
                String d = dst.name().toLowerCase(Locale.ROOT);
                String s = src.name().toLowerCase(Locale.ROOT);
                cases.add(new Case("addsd " + d + ", " + s, a -> a.addsd(dst, src)));
            }
            for (Gpr g : Gpr.values()) {
                String x = dst.name().toLowerCase(Locale.ROOT);
                cases.add(new Case("movq " + x + ", " + QWORD[g.encoding()], a -> a.movq(dst, g)));
                cases.add(new Case("cvttss2si " + DWORD[g.encoding()] + ", " + x, a -> a.cvttss2sil(g, dst)));
            }
        }
        for (Condition c : Condition.values()) {
            for (Gpr r : Gpr.values()) {
                cases.add(new Case("set" + CONDITION[c.code()] + " " + BYTE[r.encoding()], a -> a.setcc(c, r)));
                cases.add(new Case("cmov" + CONDITION[c.code()] + " " + QWORD[r.encoding()] + ", r13",
                        a -> a.cmov(c, OperandSize.QWORD, r, Gpr.R13)));
            }
        }
        for (AluOperation op : AluOperation.values()) {
            for (OperandSize size : OperandSize.values()) {
                for (Gpr r : new Gpr[] {Gpr.RAX, Gpr.RSP, Gpr.RDI, Gpr.R12}) {
                    for (long imm : new long[] {0, 1, -1, 127, 128, -128, -129, 255, 1000, -30000}) {
                        if (size == OperandSize.BYTE && (imm > 255 || imm < -128)) {
                            continue;
                        }
                        String mnemonic = op.name().toLowerCase(Locale.ROOT);
                        cases.add(new Case(mnemonic + " " + name(size, r) + ", " + imm, a -> a.alu(op, size, r, imm)));
                        Address m = Address.of(r, 16);
                        cases.add(new Case(mnemonic + " " + pointer(size) + " " + memory(m) + ", " + imm,
                                a -> a.alu(op, size, m, imm)));
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void everyRegisterCombinationEncodesAsLlvmMcDoes() throws Exception {
        List<Case> cases = cases();
        String input = cases.stream().map(Case::text).collect(Collectors.joining("\n", "", "\n"));
        String output = LlvmMc.run(List.of("--show-encoding", "-x86-asm-syntax=intel", "-output-asm-variant=1"),
                input);
        List<String> expected = new ArrayList<>();
        Matcher matcher = ENCODING.matcher(output);
        while (matcher.find()) {
            expected.add(matcher.group(1).replace("0x", "").replace(",", ""));
        }
        assertEquals(cases.size(), expected.size(), "expected one llvm-mc encoding per generated case");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            EncodingRow row = new EncodingRow(cases.get(i).text(), expected.get(i), cases.get(i).call());
            String actual = row.assemble();
            if (!actual.equals(row.hex())) {
                mismatches.add(row.text() + ": llvm-mc " + row.hex() + ", Hotlink " + actual);
            }
        }
        assertEquals(List.of(), mismatches.stream().limit(20).collect(Collectors.toList()),
                "expected all " + cases.size() + " generated cases to match llvm-mc (first 20 mismatches shown)");
    }
}
