package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.sun.jna.Pointer;

import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * Test of {@link CompileOptions#directCalls()}: with {@link CompileOptions#SEALED}, a call to a
 * function the object defines with a LOCAL or GLOBAL binding is a PC-relative reference to the
 * callee's code section; calls to weak definitions and declarations, and every use of a function's
 * address, still name the symbol (so the linker sends them through the entry stub). With
 * {@link CompileOptions#ALL} nothing changes.
 */
class DirectCallTest {
    /** The call's rel32 field starts one byte into the 5-byte E8 instruction and is relative to its end. */
    private static final long CALL_ADDEND = -4;

    private static final String IR = """
            @handler = global ptr @helper
            @ext_alias = alias i32 (i32), ptr @ext

            declare i32 @declared(i32)

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
              %r = call i32 @ext(i32 %v)
              ret i32 %r
            d:
              ret i32 0
            }

            define i32 @main() {
              %a = call i32 @helper(i32 1)
              %b = call i32 @ext(i32 %a)
              %c = call i32 @weakf(i32 %b)
              %d = call i32 @odr(i32 %c)
              %e = call i32 @declared(i32 %d)
              %f = call i32 @ext_alias(i32 %e)
              ret i32 %f
            }

            define ptr @address_of_helper() {
              ret ptr @helper
            }

            define internal i32 @helper(i32 %x) {
              %y = add i32 %x, 1
              ret i32 %y
            }

            define i32 @ext(i32 %x) {
              %y = mul i32 %x, 2
              ret i32 %y
            }

            define weak i32 @weakf(i32 %x) {
              ret i32 %x
            }

            define linkonce_odr i32 @odr(i32 %x) {
              ret i32 %x
            }
            """;

    private static final String RECURSIVE_IR = """
            define i64 @fib(i64 %n) {
            entry:
              %small = icmp slt i64 %n, 2
              br i1 %small, label %base, label %rec
            base:
              ret i64 %n
            rec:
              %n1 = sub i64 %n, 1
              %f1 = call i64 @fib(i64 %n1)
              %n2 = sub i64 %n, 2
              %f2 = call i64 @fib(i64 %n2)
              %s = add i64 %f1, %f2
              ret i64 %s
            }

            define i32 @is_even(i32 %n) {
            entry:
              %zero = icmp eq i32 %n, 0
              br i1 %zero, label %yes, label %rec
            yes:
              ret i32 1
            rec:
              %m = sub i32 %n, 1
              %r = call i32 @is_odd(i32 %m)
              ret i32 %r
            }

            define internal i32 @is_odd(i32 %n) {
            entry:
              %zero = icmp eq i32 %n, 0
              br i1 %zero, label %no, label %rec
            no:
              ret i32 0
            rec:
              %m = sub i32 %n, 1
              %r = call i32 @is_even(i32 %m)
              ret i32 %r
            }

            define i32 @odd(i32 %n) {
              %r = call i32 @is_odd(i32 %n)
              ret i32 %r
            }

            define ptr @fib_address() {
              ret ptr @fib
            }

            define ptr @is_odd_address() {
              ret ptr @is_odd
            }
            """;

    private static ObjectSymbol symbol(RelocatableObject o, String name) {
        return o.symbols().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("symbol " + name + " should be in the object: " + o.symbols()));
    }

    private static List<Relocation> relocationsOf(RelocatableObject o, String function) {
        return o.sections().get(symbol(o, function).section()).relocations();
    }

    /** The relocations of {@code function}'s code that refer to {@code target} by name. */
    private static List<Relocation> toSymbol(RelocatableObject o, String function, String target) {
        return relocationsOf(o, function).stream().filter(r -> target.equals(r.symbol())).toList();
    }

    /** The relocations of {@code function}'s code that refer to the code section of {@code target}. */
    private static List<Relocation> toCodeOf(RelocatableObject o, String function, String target) {
        int section = symbol(o, target).section();
        return relocationsOf(o, function).stream()
                .filter(r -> r.isSectionRelative() && r.targetSection() == section).toList();
    }

    private static void assertDirectCalls(RelocatableObject o, String caller, String callee, int count) {
        List<Relocation> direct = toCodeOf(o, caller, callee);
        assertEquals(count, direct.size(), caller + " should call " + callee + "'s code directly " + count + " times: "
                + relocationsOf(o, caller));
        for (Relocation r : direct) {
            assertDirectCall(o, callee, r);
        }
        assertTrue(toSymbol(o, caller, callee).isEmpty(), caller + " should not refer to the symbol " + callee);
    }

    private static void assertDirectCall(RelocatableObject o, String callee, Relocation r) {
        assertEquals(RelocationType.X86_64_PC32, r.type(), "a direct call is PC32 to the section");
        assertEquals(0, symbol(o, callee).offset(), callee + " starts its section");
        assertEquals(CALL_ADDEND, r.addend(), "the call's addend is kept (the callee is at offset 0)");
        assertEquals(SectionKind.CODE, o.sections().get(r.targetSection()).kind(), "the target is code");
        assertEquals(".text." + callee, o.sections().get(r.targetSection()).name(), "the target is the callee's own section");
    }

    private static void assertCallThroughSymbol(RelocatableObject o, String caller, String callee) {
        List<Relocation> calls = toSymbol(o, caller, callee);
        assertEquals(1, calls.size(), caller + " should call " + callee + " through its symbol once: " + relocationsOf(o, caller));
        assertEquals(RelocationType.X86_64_PLT32, calls.get(0).type(), "a call through the symbol stays PLT32");
    }

    @Test
    void sealedCallsToInternalAndExternalFunctionsOfTheModuleGoToTheirCode() throws Exception {
        RelocatableObject o = CompiledModule.compileOnly("direct.ll", IR, CompileOptions.SEALED);
        assertDirectCalls(o, "main", "helper", 1);
        assertDirectCalls(o, "switchy", "ext", 1);
    }

    @Test
    void sealedCallsToWeakOrDeclaredFunctionsAndAddressesKeepTheirSymbols() throws Exception {
        RelocatableObject o = CompiledModule.compileOnly("direct.ll", IR, CompileOptions.SEALED);
        assertCallThroughSymbol(o, "main", "weakf");
        assertCallThroughSymbol(o, "main", "odr");
        assertCallThroughSymbol(o, "main", "declared");

        List<Relocation> address = toSymbol(o, "address_of_helper", "helper");
        assertEquals(1, address.size(), "the address of helper is taken through its symbol: " + relocationsOf(o, "address_of_helper"));
        assertEquals(RelocationType.X86_64_PC32, address.get(0).type(), "lea of helper's symbol (its stub)");
        assertTrue(toCodeOf(o, "address_of_helper", "helper").isEmpty(), "no reference to helper's code");

        ObjectSection handler = o.sections().get(symbol(o, "handler").section());
        assertEquals(List.of(Relocation.toSymbol(0, RelocationType.X86_64_64, "helper", 0)), handler.relocations(),
                "a function pointer in data names the symbol");
    }

    @Test
    void sealedCallsToAnExternalFunctionAndToItsAliasGoToItsCode() throws Exception {
        // Lowering replaces an alias by its aliasee, so a call to @ext_alias names @ext and went
        // through ext's stub already: calling ext's code directly reaches the same code.
        RelocatableObject o = CompiledModule.compileOnly("direct.ll", IR, CompileOptions.SEALED);
        assertDirectCalls(o, "main", "ext", 2);
    }

    @Test
    void allKeepsEveryCallOnItsSymbolAndSealedChangesNothingElse() throws Exception {
        RelocatableObject all = CompiledModule.compileOnly("direct.ll", IR, CompileOptions.ALL);
        RelocatableObject sealed = CompiledModule.compileOnly("direct.ll", IR, CompileOptions.SEALED);
        for (ObjectSection s : all.sections()) {
            if (s.kind() == SectionKind.CODE) {
                assertTrue(s.relocations().stream().noneMatch(Relocation::isSectionRelative),
                        "without direct calls, code refers to symbols only: " + s.name() + " " + s.relocations());
            }
        }
        assertCallThroughSymbol(all, "main", "helper");
        assertEquals(2, toSymbol(all, "main", "ext").size(), "main calls ext and its alias through the symbol ext");

        assertEquals(all.symbols(), sealed.symbols(), "the symbol table does not depend on direct calls");
        assertEquals(all.sections().size(), sealed.sections().size(), "as many sections");
        int changed = 0;
        for (int i = 0; i < all.sections().size(); i++) {
            ObjectSection a = all.sections().get(i);
            ObjectSection b = sealed.sections().get(i);
            assertEquals(a.name(), b.name(), "same section order");
            assertEquals(a.kind(), b.kind(), "same section kind");
            assertArrayEquals(a.contents(), b.contents(), "same bytes in " + a.name());
            assertEquals(a.relocations().size(), b.relocations().size(), "as many relocations in " + a.name());
            for (int k = 0; k < a.relocations().size(); k++) {
                Relocation ra = a.relocations().get(k);
                Relocation rb = b.relocations().get(k);
                if (!ra.equals(rb)) {
                    changed++;
                    assertEquals(RelocationType.X86_64_PLT32, ra.type(), "only calls change: " + ra);
                    assertEquals(ra.offset(), rb.offset(), "at the same place");
                    assertEquals(ra.addend(), rb.addend(), "with the same addend");
                    assertEquals(symbol(all, ra.symbol()).section(), rb.targetSection(), "to the callee's section");
                }
            }
        }
        assertEquals(4, changed, "main's calls to helper, ext and ext_alias, and switchy's call to ext");
    }

    @Test
    void sealedRecursionAndMutualRecursionRun() throws Exception {
        try (CompiledModule m = CompiledModule.load(RECURSIVE_IR, CompileOptions.SEALED)) {
            assertEquals(0, m.callLong("fib", 0L), "fib(0)");
            assertEquals(1, m.callLong("fib", 1L), "fib(1)");
            assertEquals(6765, m.callLong("fib", 20L), "fib(20)");
            assertEquals(832040, m.callLong("fib", 30L), "fib(30)");
            assertEquals(1, m.callInt("is_even", 10), "10 is even");
            assertEquals(0, m.callInt("is_even", 7), "7 is not even");
            assertEquals(1, m.callInt("odd", 10001), "10001 is odd");
            assertEquals(0, m.callInt("odd", 10000), "10000 is not odd");

            long fibStub = m.address("fib");
            assertEquals(fibStub, m.callLong("fib_address"), "the address of a directly called function is still its stub");
            long fibCode = m.stubTarget(fibStub);
            assertNotEquals(fibStub, fibCode, "the stub leads elsewhere: to fib's code");
            RelocatableObject o = m.object;
            for (Relocation r : toCodeOf(o, "fib", "fib")) {
                assertEquals(fibCode, callTarget(fibCode, r), "fib's recursive calls land on its code, not its stub");
            }
            assertEquals(2, toCodeOf(o, "fib", "fib").size(), "fib calls itself directly twice");

            long isOddStub = m.callLong("is_odd_address");
            long isOddCode = m.stubTarget(isOddStub);
            assertNotEquals(isOddStub, isOddCode, "is_odd's address is its stub");
            long isEvenCode = m.stubTarget(m.address("is_even"));
            for (Relocation r : toCodeOf(o, "is_even", "is_odd")) {
                assertEquals(isOddCode, callTarget(isEvenCode, r), "is_even calls is_odd's code");
            }
            assertEquals(1, toCodeOf(o, "is_even", "is_odd").size(), "is_even calls internal is_odd directly");
            assertEquals(1, toCodeOf(o, "is_odd", "is_even").size(), "is_odd calls external is_even directly");
        }
    }

    @Test
    void allRecursionStillRunsThroughStubs() throws Exception {
        try (CompiledModule m = CompiledModule.load(RECURSIVE_IR, CompileOptions.ALL)) {
            assertEquals(6765, m.callLong("fib", 20L), "fib(20)");
            assertEquals(1, m.callInt("odd", 99), "99 is odd");
            long fibStub = m.address("fib");
            long fibCode = m.stubTarget(fibStub);
            for (Relocation r : toSymbol(m.object, "fib", "fib")) {
                assertEquals(fibStub, callTarget(fibCode, r), "without direct calls, fib calls itself through its stub");
            }
        }
    }

    /** Where the call whose rel32 field the relocation patched, in code placed at {@code code}, goes. */
    private static long callTarget(long code, Relocation r) {
        long field = code + r.offset();
        return field + 4 + new Pointer(field).getInt(0);
    }
}
