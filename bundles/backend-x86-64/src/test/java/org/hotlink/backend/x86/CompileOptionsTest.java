package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;
import org.junit.jupiter.api.Test;

/**
 * Test that {@link X86Backend} emits what {@link CompileOptions} ask for: everything, the data with
 * lazy definitions for the functions left out, or the code of one function with everything else it
 * names as undefined references.
 */
class CompileOptionsTest {
    private static final String IR = """
            @.str = private unnamed_addr constant [4 x i8] c"hi\\0A\\00"
            @handler = global ptr @helper
            @targets = constant [2 x ptr] [ptr blockaddress(@jumpy, %one), ptr blockaddress(@jumpy, %two)]
            @weak_data = extern_weak global i32
            @ext_data = external global i32
            @alias_of_aliased = alias i32 (), ptr @aliased

            declare i32 @printf(ptr, ...)
            declare extern_weak void @maybe()
            declare i64 @llvm.abs.i64(i64, i1)

            define internal i32 @helper(i32 %x) {
              %y = add i32 %x, 1
              ret i32 %y
            }

            define i32 @main() {
              %p = call i32 (ptr, ...) @printf(ptr @.str)
              %h = call i32 @helper(i32 %p)
              %w = load i32, ptr @weak_data
              call void @maybe()
              %s = add i32 %h, %w
              ret i32 %s
            }

            define linkonce_odr i32 @inline_me() {
              ret i32 1
            }

            define i32 @aliased() {
              ret i32 7
            }

            define i32 @jumpy(i32 %i) {
            entry:
              %slot = getelementptr [2 x ptr], ptr @targets, i64 0, i32 %i
              %target = load ptr, ptr %slot
              indirectbr ptr %target, [label %one, label %two]
            one:
              ret i32 1
            two:
              ret i32 2
            }

            define i64 @own_block(i1 %c) {
            entry:
              br i1 %c, label %here, label %there
            here:
              ret i64 add (i64 ptrtoint (ptr blockaddress(@own_block, %there) to i64), i64 1)
            there:
              ret i64 0
            }

            define i32 @switchy(i32 %v) {
              switch i32 %v, label %d [ i32 0, label %a
                                        i32 1, label %b
                                        i32 2, label %c
                                        i32 3, label %e ]
            a:
              ret i32 10
            b:
              ret i32 11
            c:
              ret i32 12
            e:
              %r = call i32 @helper(i32 %v)
              ret i32 %r
            d:
              ret i32 0
            }
            """;

    private static RelocatableObject compile(CompileOptions options) throws Exception {
        Module module = new TextIrParser().parse("options.ll", IR);
        return new X86Backend().compile(module, options);
    }

    private static ObjectSymbol symbol(RelocatableObject o, String name) {
        return o.symbols().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("symbol " + name + " should be in the object: " + o.symbols()));
    }

    private static Set<String> sectionNames(RelocatableObject o, SectionKind... kinds) {
        Set<SectionKind> wanted = Set.of(kinds);
        return o.sections().stream().filter(s -> wanted.contains(s.kind())).map(ObjectSection::name)
                .collect(Collectors.toSet());
    }

    private static void assertUndefined(RelocatableObject o, String name, SymbolKind kind, SymbolBinding binding) {
        assertEquals(ObjectSymbol.undefined(name, kind, binding == SymbolBinding.WEAK), symbol(o, name),
                name + " should be an undefined " + binding + " " + kind + " reference");
    }

    @Test
    void lazyModeKeepsTheDataAndDefinesTheOtherFunctionsLazily() throws Exception {
        RelocatableObject o = compile(CompileOptions.lazy(Set.of()));
        assertEquals(ObjectSymbol.lazy("helper", SymbolBinding.LOCAL), symbol(o, "helper"), "an internal function is a LOCAL lazy definition");
        assertEquals(ObjectSymbol.lazy("main", SymbolBinding.GLOBAL), symbol(o, "main"), "an external function is a GLOBAL lazy definition");
        assertEquals(ObjectSymbol.lazy("inline_me", SymbolBinding.WEAK), symbol(o, "inline_me"), "a linkonce_odr function is a WEAK lazy definition");
        assertEquals(ObjectSymbol.lazy("switchy", SymbolBinding.GLOBAL), symbol(o, "switchy"), "switchy is lazy too");

        assertUndefined(o, "printf", SymbolKind.FUNCTION, SymbolBinding.GLOBAL);
        assertUndefined(o, "maybe", SymbolKind.FUNCTION, SymbolBinding.WEAK);
        assertUndefined(o, "weak_data", SymbolKind.DATA, SymbolBinding.WEAK);
        assertUndefined(o, "ext_data", SymbolKind.DATA, SymbolBinding.GLOBAL);
        assertTrue(o.symbols().stream().noneMatch(s -> s.name().startsWith("llvm.")), "intrinsics are not referenced: " + o.symbols());

        assertEquals(Set.of(".rodata..str", ".data.handler", ".rodata.targets"), sectionNames(o, SectionKind.READ_ONLY_DATA,
                SectionKind.WRITABLE_DATA, SectionKind.ZERO_FILL), "every global has its data section, and nothing else has one");
        ObjectSection handler = o.sections().get(symbol(o, "handler").section());
        assertEquals(List.of("helper"), handler.relocations().stream().map(r -> r.symbol()).toList(),
                "the function pointer in @handler refers to the lazy helper");
        assertEquals(RelocationType.X86_64_64, handler.relocations().get(0).type(), "an absolute pointer");

        assertEquals(Set.of(".text.jumpy", ".text.own_block", ".text.aliased"), sectionNames(o, SectionKind.CODE),
                "only the functions whose blocks or entry other symbols lie in have code now");
        assertTrue(symbol(o, "jumpy.__block.one").isPlaced(), "blockaddress in a global: the block symbol is placed");
        assertTrue(symbol(o, "own_block.__block.there").isPlaced(), "blockaddress in an instruction: the block symbol is placed");
        ObjectSymbol alias = symbol(o, "alias_of_aliased");
        assertEquals(symbol(o, "aliased").section(), alias.section(), "the alias lies in its aliasee's code");
        assertEquals(3, o.statistics().functionsCompiled(), "the three functions compiled now are counted");
        assertEquals(o.sections().stream().filter(s -> s.kind() == SectionKind.CODE).mapToLong(ObjectSection::size).sum(),
                o.statistics().codeBytes(), "code bytes are those of the code sections");
    }

    @Test
    void lazyModeCompilesTheNamedFunctionsWhoseCallsReachLazyOnes() throws Exception {
        RelocatableObject o = compile(CompileOptions.lazy(Set.of("main")));
        ObjectSymbol main = symbol(o, "main");
        assertTrue(main.isPlaced(), "main was asked for, so it has code");
        assertEquals(ObjectSymbol.lazy("helper", SymbolBinding.LOCAL), symbol(o, "helper"), "helper stays lazy");
        assertTrue(o.sections().get(main.section()).relocations().stream().anyMatch(r -> r.symbol().equals("helper")
                && r.type() == RelocationType.X86_64_PLT32), "main calls the lazy helper through its symbol");
        assertEquals(4, o.statistics().functionsCompiled(), "main and the three functions needed with the data");
    }

    @Test
    void functionModeEmitsOneFunctionAndRefersToEverythingElse() throws Exception {
        RelocatableObject o = compile(CompileOptions.function("main"));
        assertEquals(List.of(".text.main"), o.sections().stream().map(ObjectSection::name).toList(),
                "only main's code section, no data");
        assertTrue(symbol(o, "main").isPlaced(), "main is defined in its section");
        assertUndefined(o, ".str", SymbolKind.DATA, SymbolBinding.GLOBAL);
        assertUndefined(o, "helper", SymbolKind.FUNCTION, SymbolBinding.GLOBAL);
        assertUndefined(o, "printf", SymbolKind.FUNCTION, SymbolBinding.GLOBAL);
        assertUndefined(o, "weak_data", SymbolKind.DATA, SymbolBinding.WEAK);
        assertUndefined(o, "maybe", SymbolKind.FUNCTION, SymbolBinding.WEAK);
        assertFalse(o.symbols().stream().anyMatch(s -> s.isLazy()), "no lazy definitions in function mode");
        assertFalse(o.symbols().stream().anyMatch(s -> s.name().equals("handler") || s.name().equals("alias_of_aliased")),
                "globals and aliases main does not use are not in the object: " + o.symbols());
        assertEquals(1, o.statistics().functionsCompiled(), "one function compiled");
    }

    @Test
    void functionModeKeepsTheFunctionsOwnJumpTablesAndBlockSymbols() throws Exception {
        RelocatableObject switchy = compile(CompileOptions.function("switchy"));
        assertEquals(List.of(SectionKind.CODE, SectionKind.READ_ONLY_DATA),
                switchy.sections().stream().map(ObjectSection::kind).toList(), "switchy's code and its jump table");
        assertTrue(symbol(switchy, "switchy.__jt.0").isPlaced(), "the jump table is defined with the code");
        assertUndefined(switchy, "helper", SymbolKind.FUNCTION, SymbolBinding.GLOBAL);

        RelocatableObject jumpy = compile(CompileOptions.function("jumpy"));
        assertEquals(List.of(".text.jumpy"), jumpy.sections().stream().map(ObjectSection::name).toList(), "only jumpy's code");
        assertUndefined(jumpy, "targets", SymbolKind.DATA, SymbolBinding.GLOBAL);
    }

    @Test
    void allModeEmitsEveryDefinitionAndOnlyTheDeclarationsUsed() throws Exception {
        RelocatableObject o = compile(CompileOptions.ALL);
        assertTrue(o.symbols().stream().noneMatch(ObjectSymbol::isLazy), "nothing is lazy: " + o.symbols());
        for (String f : List.of("helper", "main", "inline_me", "aliased", "jumpy", "own_block", "switchy")) {
            assertTrue(symbol(o, f).isPlaced(), f + " has code");
        }
        assertTrue(symbol(o, "alias_of_aliased").isPlaced(), "the alias is defined");
        assertFalse(o.symbols().stream().anyMatch(s -> s.name().equals("ext_data")),
                "a declaration no code or data uses is not referenced when everything is compiled");
        assertEquals(7, o.statistics().functionsCompiled(), "every defined function compiled");
    }
}
