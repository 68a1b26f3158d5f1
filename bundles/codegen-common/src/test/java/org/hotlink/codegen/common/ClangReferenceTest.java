package org.hotlink.codegen.common;

import static org.hotlink.codegen.common.IrFixtures.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests that the data of every global matches what clang-19 itself puts in an ELF object: a C
 * file ({@code clang/globals.c}, or a csmith program of a fixed seed) is compiled to IR, the IR is
 * parsed and emitted here, and the same IR is compiled by {@code clang-19 -c -fdata-sections}; for
 * every data symbol of that object, size, binding, section kind, alignment, bytes and relocations
 * must agree. A missing clang-19, csmith or objdump fails the test.
 */
class ClangReferenceTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "globals.c at {0}")
    @ValueSource(strings = {"-O0", "-O1", "-O2", "-O0 -g"})
    void everyDataSymbolOfGlobalsCMatchesClangsObject(String flags) throws Exception {
        copyGlobalsC();
        int compared = compareWithClang("clang-19", "globals.c", flags);
        assertTrue(compared >= 40, "at least 40 data symbols were compared at " + flags + ", got " + compared);
    }

    /** LLVM 14 prints typed pointers: {@code bitcast (i8* getelementptr (...) to i32*)}, GEPs through {@code [N x i8]*}. */
    @ParameterizedTest(name = "globals.c from clang-14 at {0}")
    @ValueSource(strings = {"-O0"})
    void everyDataSymbolOfTypedPointerIrMatchesClang14sObject(String flags) throws Exception {
        copyGlobalsC();
        int compared = compareWithClang("clang-14", "globals.c", flags);
        assertTrue(compared >= 40, "at least 40 data symbols were compared at " + flags + ", got " + compared);
    }

    private void copyGlobalsC() throws Exception {
        try (InputStream source = getClass().getResourceAsStream("/clang/globals.c")) {
            assertNotNull(source, "test resource clang/globals.c is on the class path");
            Files.write(directory.resolve("globals.c"), source.readAllBytes());
        }
    }

    /** csmith's programs are full of globals: bit-field structs, nested arrays, pointers into both. */
    @ParameterizedTest(name = "csmith seed {0} at {1}")
    @CsvSource({"1, -O0", "3, -O2"})
    void everyDataSymbolOfACsmithProgramMatchesClangsObject(int seed, String level) throws Exception {
        ExternalTool.run(directory, "csmith", "--seed", Integer.toString(seed), "-o", "random.c");
        int compared = compareWithClang("clang-19", "random.c", level, "-w", "-I/usr/include/csmith");
        assertTrue(compared >= 30, "at least 30 data symbols were compared for seed " + seed + ", got " + compared);
    }

    /**
     * Compiles {@code source} to IR with {@code clang} and {@code flags}, then that IR to an object
     * with {@code -fdata-sections}; emits the parsed IR and compares every data symbol.
     *
     * @return how many data symbols were compared
     */
    private int compareWithClang(String clang, String source, String flags, String... extra) throws Exception {
        List<String> toIr = new ArrayList<>(List.of(clang));
        toIr.addAll(List.of(flags.split(" ")));
        toIr.addAll(List.of(extra));
        toIr.addAll(List.of("-fno-common", "-S", "-emit-llvm", "-o", "module.ll", source));
        ExternalTool.run(directory, toIr.toArray(String[]::new));
        ExternalTool.run(directory, clang, "-c", "-fdata-sections", "-o", "module.o", "module.ll");
        ObjdumpReader reference = ObjdumpReader.read(directory, "module.o");

        String ir = Files.readString(directory.resolve("module.ll"), StandardCharsets.UTF_8);
        Module module = new TextIrParser().parse("module.ll", ir);
        GlobalDataEmitter emitter = new GlobalDataEmitter(module.dataLayout(), RelocationType.X86_64_64);
        ObjectBuilder builder = new ObjectBuilder();
        emitter.emitGlobals(module, builder);
        emitter.emitAliases(module, builder);
        builder.build(module.name(), new CompileStatistics(0, 0, 0)); // checks the builder's invariants

        int compared = 0;
        Set<String> sectionsWithSymbols = new HashSet<>();
        for (ObjdumpReader.Symbol expected : reference.symbols.values()) {
            if (expected.type() != 'O' || expected.section().equals("*UND*")) {
                continue;
            }
            sectionsWithSymbols.add(expected.section());
            compareSymbol(expected, reference, builder);
            compared++;
        }
        // A private global alone in its section (".rodata..Lswitch.table.name.rel") has no symbol of its own.
        for (ObjdumpReader.Section section : reference.sections.values()) {
            Matcher m = PRIVATE_SECTION.matcher(section.name());
            if (m.matches() && !sectionsWithSymbols.contains(section.name())) {
                compareSymbol(new ObjdumpReader.Symbol(".L" + m.group(1), section.name(), 0, section.size(), 'l', 'O'),
                        reference, builder);
                compared++;
            }
        }
        return compared;
    }

    /** Sections that clang gives a private global of its own under -fdata-sections. */
    private static final Pattern PRIVATE_SECTION = Pattern.compile("^\\.(?:rodata|data|bss|data\\.rel\\.ro|data\\.rel)\\.\\.L(.+)$");

    /** Private symbols are {@code .Lname} in the object and {@code name} in the IR. */
    private static String irName(String objectName) {
        return objectName.startsWith(".L") ? objectName.substring(2) : objectName;
    }

    private static void compareSymbol(ObjdumpReader.Symbol expected, ObjdumpReader reference, ObjectBuilder builder) {
        String name = irName(expected.name());
        ObjectSymbol ours = builder.symbol(name);
        if (ours == null || !ours.isDefined()) {
            fail("clang defines data symbol " + name + " but the emitter did not");
        }
        ObjectSection section = builder.section(ours.section());
        ObjdumpReader.Section clangSection = reference.sections.get(expected.section());
        assertEquals(expected.size(), ours.size(), name + ": symbol size as clang's");
        assertEquals(bindingOf(expected.binding()), ours.binding(), name + ": binding as clang's '" + expected.binding() + "'");
        assertEquals(kindOf(clangSection), section.kind(), name + ": section kind as clang's " + clangSection.name());
        if (clangSection.name().endsWith("." + expected.name())) {
            assertEquals(clangSection.alignment(), section.alignment(), name + ": alignment as clang's " + clangSection.name());
        }
        int start = (int) ours.offset();
        int size = (int) expected.size();
        if (section.kind() != SectionKind.ZERO_FILL) {
            byte[] clangBytes = Arrays.copyOfRange(reference.contents.get(expected.section()), (int) expected.value(),
                    (int) (expected.value() + size));
            assertEquals(hex(clangBytes), hex(Arrays.copyOfRange(section.contents(), start, start + size)),
                    name + ": bytes as in clang's " + expected.section());
        }
        compareRelocations(name, expected, reference, section, start, size);
    }

    /** Same offsets; same symbol and addend wherever clang names a symbol rather than a section. */
    private static void compareRelocations(String name, ObjdumpReader.Symbol expected, ObjdumpReader reference,
            ObjectSection section, int start, int size) {
        TreeMap<Long, ObjdumpReader.Reloc> clangRelocs = new TreeMap<>();
        for (ObjdumpReader.Reloc r : reference.relocations.getOrDefault(expected.section(), List.of())) {
            if (r.offset() >= expected.value() && r.offset() < expected.value() + size) {
                clangRelocs.put(r.offset() - expected.value(), r);
            }
        }
        List<Long> ourOffsets = new ArrayList<>();
        for (Relocation r : section.relocations()) {
            if (r.offset() >= start && r.offset() < start + size) {
                long offset = r.offset() - start;
                ourOffsets.add(offset);
                ObjdumpReader.Reloc clang = clangRelocs.get(offset);
                assertNotNull(clang, name + ": clang has a relocation at offset " + offset + " too");
                assertEquals(clang.type(), "R_" + r.type().name(), name + ": relocation type at " + offset + " as clang's");
                if (!clang.target().startsWith(".") || clang.target().startsWith(".L")) {
                    assertEquals(irName(clang.target()) + clang.addend(), r.symbol() + r.addend(),
                            name + ": target and addend at offset " + offset + " as clang's");
                }
            }
        }
        assertEquals(new ArrayList<>(clangRelocs.keySet()), ourOffsets, name + ": relocation offsets as clang's");
    }

    private static SymbolBinding bindingOf(char objdumpBinding) {
        return switch (objdumpBinding) {
            case 'l' -> SymbolBinding.LOCAL;
            case 'g' -> SymbolBinding.GLOBAL;
            case 'w' -> SymbolBinding.WEAK;
            default -> throw new AssertionError("unknown objdump binding '" + objdumpBinding + "'");
        };
    }

    private static SectionKind kindOf(ObjdumpReader.Section section) {
        if (!section.hasContents()) {
            return SectionKind.ZERO_FILL;
        }
        return section.readOnly() || section.name().startsWith(".data.rel.ro") ? SectionKind.READ_ONLY_DATA
                : SectionKind.WRITABLE_DATA;
    }
}
