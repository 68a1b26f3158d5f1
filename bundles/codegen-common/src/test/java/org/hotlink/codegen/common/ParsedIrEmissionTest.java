package org.hotlink.codegen.common;

import static org.hotlink.codegen.common.IrFixtures.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;
import org.junit.jupiter.api.Test;

/** Tests GlobalDataEmitter on modules parsed from IR text, with the locations the parser records. */
class ParsedIrEmissionTest {
    private static Module parse(String text) throws Exception {
        return new TextIrParser().parse("t.ll", text);
    }

    private static RelocatableObject emit(Module module) throws UnsupportedConstructException {
        GlobalDataEmitter emitter = new GlobalDataEmitter(module.dataLayout(), RelocationType.X86_64_64);
        ObjectBuilder builder = new ObjectBuilder();
        emitter.emitGlobals(module, builder);
        emitter.emitAliases(module, builder);
        return builder.build(module.name(), new CompileStatistics(0, 0, 0));
    }

    private static ObjectSection section(RelocatableObject object, String symbol) {
        ObjectSymbol s = object.symbols().stream().filter(x -> x.name().equals(symbol)).findFirst().orElseThrow();
        return object.sections().get(s.section());
    }

    @Test
    void aThreadLocalGlobalIsReportedAtItsLineAndColumn() throws Exception {
        Module module = parse("@ok = global i32 1\n\n@x = thread_local global i32 5, align 4\n");
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> emit(module),
                "thread_local is refused");
        assertEquals("unsupported: thread_local global @x", e.getMessage(), "the agreed message");
        assertEquals("t.ll", e.location().file(), "in t.ll");
        assertEquals(3, e.location().line(), "on line 3 where @x is defined");
        assertEquals(1, e.location().column(), "at column 1, where @x starts");
    }

    @Test
    void aNarrowAddressIsReportedAtItsGlobal() throws Exception {
        Module module = parse("@g = global i32 0\n@bad = global i32 trunc (i64 ptrtoint (ptr @g to i64) to i32)\n");
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> emit(module),
                "an address in an i32 cannot be relocated");
        assertEquals(2, e.location().line(), "on @bad's line");
        assertTrue(e.getMessage().contains("@g"), "the message names @g: " + e.getMessage());
    }

    @Test
    void blockAddressTablesFromTextReferenceNumberedBlocks() throws Exception {
        Module module = parse("""
                @labels = internal global [2 x ptr] [ptr blockaddress(@run, %2), ptr blockaddress(@run, %done)], align 16

                define i32 @run(ptr %0) {
                  indirectbr ptr %0, [label %2, label %done]
                2:
                  ret i32 1
                done:
                  ret i32 2
                }
                """);
        RelocatableObject object = emit(module);
        assertEquals(List.of(Relocation.toSymbol(0, RelocationType.X86_64_64, "run.__block.2", 0),
                Relocation.toSymbol(8, RelocationType.X86_64_64, "run.__block.done", 0)),
                section(object, "labels").relocations(), "one relocation per block symbol");
        assertEquals(SymbolBinding.LOCAL, object.symbols().stream().filter(s -> s.name().equals("labels"))
                .findFirst().orElseThrow().binding(), "internal @labels is local");
    }

    @Test
    void wideFloatsAndIntegersFromTextHaveTheirBytes() throws Exception {
        Module module = parse("""
                @ld = global x86_fp80 0xK3FFFC000000000000000, align 16
                @big = global i128 -2, align 16
                @h = global half 0xH3C00
                @weak = weak global i16 -300
                """);
        RelocatableObject object = emit(module);
        assertEquals("000000000000" + "00c0ff3f" + "000000000000", hex(section(object, "ld").contents()),
                "x86_fp80 1.5 then padding to 16");
        assertEquals("feffffffffffffff" + "ffffffffffffffff", hex(section(object, "big").contents()), "i128 -2");
        assertEquals("003c", hex(section(object, "h").contents()), "half 1.0");
        assertEquals("d4fe", hex(section(object, "weak").contents()), "i16 -300");
        assertEquals(SymbolKind.DATA, object.symbols().stream().filter(s -> s.name().equals("weak")).findFirst()
                .orElseThrow().kind(), "@weak is DATA");
    }
}
