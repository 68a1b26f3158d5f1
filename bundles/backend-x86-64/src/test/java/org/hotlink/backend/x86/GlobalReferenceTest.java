package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.junit.jupiter.api.Test;

/**
 * Test that code reaches globals at the address the program sees natively: extern_weak
 * declarations are null when nothing defines them, weak and common data defined here yield to a
 * strong definition in another module, aliases share their aliasee's address, and constant
 * expressions on addresses in instruction operands compute the right value.
 *
 * <p>Expected values come from the same IR built natively and linked by clang-19
 * ({@code clang-19 -O0 t.ll -o t && ./t}; for the two-module cases
 * {@code clang-19 w1.ll w2.ll} and {@code clang-19 w2.ll w1.ll}, both printing 42 through
 * {@code @setting_pointer}, then 42 and 7).
 */
class GlobalReferenceTest {
    private static final String SYMBOLS = """
            declare extern_weak void @hotlink_weak_missing()
            @hotlink_weak_missing_data = extern_weak global i32
            @a = global [4 x i64] zeroinitializer
            @b = global i64 0
            @table = global [2 x ptr] [ptr @add, ptr @add_alias]
            @add_alias = alias i32 (i32, i32), ptr @add
            define i32 @add(i32 %x, i32 %y) {
              %s = add i32 %x, %y
              ret i32 %s
            }
            define i32 @weak_function_is_null() {
              %c = icmp eq ptr @hotlink_weak_missing, null
              %r = zext i1 %c to i32
              ret i32 %r
            }
            define i32 @weak_data_is_null() {
              %c = icmp eq ptr @hotlink_weak_missing_data, null
              %r = zext i1 %c to i32
              ret i32 %r
            }
            define i32 @alias_is_aliasee() {
              %c = icmp eq ptr @add_alias, @add
              %r = zext i1 %c to i32
              ret i32 %r
            }
            define i32 @alias_in_data_is_aliasee() {
              %p = load ptr, ptr @table
              %q = load ptr, ptr getelementptr (i8, ptr @table, i64 8)
              %c1 = icmp eq ptr %p, %q
              %c2 = icmp eq ptr %q, @add_alias
              %c = and i1 %c1, %c2
              %r = zext i1 %c to i32
              ret i32 %r
            }
            define i32 @call_through_alias() {
              %r = call i32 @add_alias(i32 2, i32 3)
              ret i32 %r
            }
            define i32 @difference_of_two_symbols_round_trips() {
              %d = add i64 sub (i64 ptrtoint (ptr @a to i64), i64 ptrtoint (ptr @b to i64)), ptrtoint (ptr @b to i64)
              %c = icmp eq i64 %d, ptrtoint (ptr @a to i64)
              %r = zext i1 %c to i32
              ret i32 %r
            }
            define i32 @truncated_address_matches() {
              %p = ptrtoint ptr @a to i64
              %t = trunc i64 %p to i32
              %c = icmp eq i32 %t, ptrtoint (ptr @a to i32)
              %r = zext i1 %c to i32
              ret i32 %r
            }
            define i64 @difference_within_one_symbol() {
              ret i64 sub (i64 ptrtoint (ptr getelementptr inbounds ([4 x i64], ptr @a, i64 0, i64 1) to i64), i64 ptrtoint (ptr getelementptr inbounds ([4 x i64], ptr @a, i64 0, i64 3) to i64))
            }
            """;

    /** w1.ll: weak and common defaults, read by code in the same module. */
    private static final String WEAK_DEFAULTS = """
            @setting = weak global i32 1
            @shared_counter = common global i32 0
            @setting_pointer = global ptr @setting
            define i32 @read_setting_through_pointer() {
              %p = load ptr, ptr @setting_pointer
              %v = load i32, ptr %p
              ret i32 %v
            }
            define i32 @read_setting() {
              %v = load i32, ptr @setting
              ret i32 %v
            }
            define i32 @read_shared_counter() {
              %v = load i32, ptr @shared_counter
              ret i32 %v
            }
            """;

    /** w2.ll: the strong definitions that win. */
    private static final String STRONG_DEFINITIONS = """
            @setting = global i32 42
            @shared_counter = global i32 7
            """;

    private static List<Relocation> relocationsTo(RelocatableObject o, String function, String symbol) {
        ObjectSymbol f = o.symbols().stream().filter(s -> s.name().equals(function)).findFirst()
                .orElseThrow(() -> new AssertionError(function + " should be defined"));
        return o.sections().get(f.section()).relocations().stream()
                .filter(r -> !r.isSectionRelative() && r.symbol().equals(symbol)).collect(Collectors.toList());
    }

    private static void assertOnlyGotPcRel(RelocatableObject o, String function, String symbol) {
        List<Relocation> found = relocationsTo(o, function, symbol);
        assertTrue(!found.isEmpty(), function + " should refer to " + symbol);
        for (Relocation r : found) {
            assertEquals(RelocationType.X86_64_GOTPCREL, r.type(), function + " should reach " + symbol + " through its GOT slot");
        }
    }

    @Test
    void addressOfAnUndefinedExternWeakFunctionOrVariableIsNull() throws Exception {
        try (CompiledModule m = CompiledModule.load(SYMBOLS)) {
            assertOnlyGotPcRel(m.object, "weak_function_is_null", "hotlink_weak_missing");
            assertOnlyGotPcRel(m.object, "weak_data_is_null", "hotlink_weak_missing_data");
            assertEquals(1, m.callInt("weak_function_is_null"), "an undefined extern_weak function's address is null (native: 1)");
            assertEquals(1, m.callInt("weak_data_is_null"), "an undefined extern_weak variable's address is null (native: 1)");
        }
    }

    @Test
    void aliasOfAFunctionHasTheFunctionsAddressInCodeAndData() throws Exception {
        try (CompiledModule m = CompiledModule.load(SYMBOLS)) {
            assertEquals(1, m.callInt("alias_is_aliasee"), "@add_alias == @add in code (native: 1)");
            assertEquals(1, m.callInt("alias_in_data_is_aliasee"), "@add_alias == @add in data and code (native: 1)");
            assertEquals(5, m.callInt("call_through_alias"), "a call through the alias reaches @add (native: 5)");
        }
    }

    @Test
    void constantExpressionsOnAddressesInOperandsComputeTheirValue() throws Exception {
        try (CompiledModule m = CompiledModule.load(SYMBOLS)) {
            assertEquals(1, m.callInt("difference_of_two_symbols_round_trips"),
                    "(@a - @b) + @b == @a with the difference as a constant operand (native: 1)");
            assertEquals(1, m.callInt("truncated_address_matches"),
                    "ptrtoint @a to i32 equals the truncated 64-bit address (native: 1)");
            assertEquals(-16L, m.callLong("difference_within_one_symbol"),
                    "&a[1] - &a[3] folds to -16 bytes (native: -16)");
        }
    }

    @Test
    void weakAndCommonDataDefinedHereIsReachedThroughItsGotSlot() throws Exception {
        RelocatableObject o = CompiledModule.compileOnly(WEAK_DEFAULTS);
        assertOnlyGotPcRel(o, "read_setting", "setting");
        assertOnlyGotPcRel(o, "read_shared_counter", "shared_counter");
    }

    @Test
    void strongDefinitionLoadedLaterOverridesWeakAndCommonData() throws Exception {
        try (CompiledModule m = CompiledModule.loadAll(WEAK_DEFAULTS, STRONG_DEFINITIONS)) {
            assertEquals(42, m.callInt("read_setting"), "the strong @setting of the later module wins (native: 42)");
            assertEquals(7, m.callInt("read_shared_counter"), "the strong @shared_counter of the later module wins (native: 7)");
            assertEquals(42, m.callInt("read_setting_through_pointer"),
                    "a pointer to @setting in data leads to the strong definition of the later module (native: 42)");
        }
    }

    @Test
    void strongDefinitionLoadedEarlierOverridesWeakAndCommonData() throws Exception {
        try (CompiledModule m = CompiledModule.loadAll(STRONG_DEFINITIONS, WEAK_DEFAULTS)) {
            assertEquals(42, m.callInt("read_setting"), "the strong @setting of the earlier module wins (native: 42)");
            assertEquals(7, m.callInt("read_shared_counter"), "the strong @shared_counter of the earlier module wins (native: 7)");
            assertEquals(42, m.callInt("read_setting_through_pointer"),
                    "a pointer to @setting in data leads to the strong definition of the earlier module (native: 42)");
        }
    }
}
