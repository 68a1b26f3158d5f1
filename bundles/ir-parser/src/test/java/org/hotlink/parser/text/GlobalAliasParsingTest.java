package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Module;
import org.hotlink.ir.PointerType;
import org.junit.jupiter.api.Test;

/**
 * Test that {@code @a = alias T, ptr @x} takes the aliasee's value type as T (a function type for a
 * function alias, as clang-19 prints for {@code __attribute__((alias))} on a function), that the
 * alias itself is a pointer, and that calls and comparisons through the alias name use the alias.
 */
class GlobalAliasParsingTest {
    /** clang-19 -O0 output for a function alias and a variable alias, cut down. */
    private static final String CLANG_ALIASES = """
            @real_counter = dso_local global i32 5, align 4
            @counter_alias = dso_local alias i32, ptr @real_counter
            @add_alias = dso_local alias i32 (i32, i32), ptr @real_add
            @weak_add = weak dso_local alias i32 (i32, i32), ptr @add_alias
            @table = global [4 x i32] zeroinitializer
            @second = alias i32, ptr getelementptr (i8, ptr @table, i64 4)

            define dso_local i32 @real_add(i32 noundef %0, i32 noundef %1) {
              %3 = add nsw i32 %0, %1
              ret i32 %3
            }

            define dso_local i32 @main() {
              %1 = call i32 @add_alias(i32 noundef 2, i32 noundef 3)
              %2 = tail call i32 @weak_add(i32 noundef %1, i32 noundef 1)
              %3 = icmp eq ptr @add_alias, @real_add
              %4 = load i32, ptr @counter_alias, align 4
              ret i32 %4
            }
            """;

    @Test
    void functionAliasHasTheFunctionTypeAsValueTypeAndIsItselfAPointer() {
        Module m = IrTestSupport.parse(CLANG_ALIASES);
        GlobalAlias add = m.alias("add_alias");
        assertEquals(new FunctionType(IntegerType.I32, List.of(IntegerType.I32, IntegerType.I32), false),
                add.valueType(), "expected the aliasee's function type as the alias's value type");
        assertEquals(PointerType.PTR, add.type(), "expected the alias itself to be a ptr");
        assertSame(m.function("real_add"), add.aliasee(), "expected @real_add as the aliasee");
        assertEquals(IntegerType.I32, m.alias("counter_alias").valueType(), "expected i32 for the variable alias");
        assertEquals(Linkage.WEAK, m.alias("weak_add").linkage(), "expected weak linkage on @weak_add");
        assertSame(add, m.alias("weak_add").aliasee(), "expected an alias of an alias to point at the first alias");
        assertEquals(List.of("counter_alias", "add_alias", "weak_add", "second"),
                m.aliases().stream().map(GlobalAlias::name).toList(), "expected every alias in file order");
    }

    @Test
    void callThroughFunctionAliasHasTheAliasAsCallee() {
        Module m = IrTestSupport.parse(CLANG_ALIASES);
        List<Instruction> body = m.function("main").entryBlock().instructions();
        CallInstruction call = assertInstanceOf(CallInstruction.class, body.get(0), "expected a call first");
        assertSame(m.alias("add_alias"), call.callee(), "expected the GlobalAlias @add_alias as the callee");
        assertNull(call.calledFunction(), "expected no Function callee: the call goes through the alias");
        assertEquals(2, call.arguments().size(), "expected both arguments");
        CallInstruction weak = assertInstanceOf(CallInstruction.class, body.get(1), "expected a call second");
        assertSame(m.alias("weak_add"), weak.callee(), "expected the GlobalAlias @weak_add as the callee");
        CompareInstruction same = assertInstanceOf(CompareInstruction.class, body.get(2), "expected an icmp third");
        assertSame(m.alias("add_alias"), same.lhs(), "expected the alias as the icmp's left operand");
    }

    @Test
    void aliasUsedBeforeItsDefinitionAndOfAnArrayTypeParses() {
        Module m = IrTestSupport.parse("""
                define i32 @main() {
                  %1 = call i32 @f_alias()
                  ret i32 %1
                }
                @f_alias = internal alias i32 (), ptr @f
                @arr_alias = alias [2 x i64], ptr @arr
                @arr = global [2 x i64] [i64 1, i64 2]
                define internal i32 @f() {
                  ret i32 7
                }
                """);
        CallInstruction call = (CallInstruction) m.function("main").entryBlock().instructions().get(0);
        assertSame(m.alias("f_alias"), call.callee(), "expected the forward-referenced alias as the callee");
        assertEquals(new ArrayType(2, IntegerType.I64), m.alias("arr_alias").valueType(), "expected [2 x i64]");
    }

    @Test
    void typedPointerAliaseeFromClang14Parses() {
        Module m = IrTestSupport.parse("""
                @scale_alias = dso_local alias i32 (i32, i32), i32 (i32, i32)* @scale
                define internal i32 @scale(i32 %x, i32 %k) {
                  %r = mul i32 %x, %k
                  ret i32 %r
                }
                """);
        assertInstanceOf(FunctionType.class, m.alias("scale_alias").valueType(), "expected a function value type");
        assertSame(m.function("scale"), m.alias("scale_alias").aliasee(), "expected @scale as the aliasee");
    }

    @Test
    void voidAliasIsRejectedAtItsTypeAsLlvmAsDoes() {
        // llvm-as-19: bad.ll:2:12: error: void type only allowed for function results
        IrSyntaxException e = IrTestSupport.parseError("declare void @f()\n@v = alias void, ptr @f\n");
        assertEquals("void type only allowed for function results", e.getMessage(), "expected llvm-as-19's message");
        assertEquals(2, e.location().line(), "expected the error on the alias line");
        assertEquals(12, e.location().column(), "expected the error at the type 'void'");
    }

    @Test
    void nonPointerAliaseeIsRejectedAtTheAliasee() {
        // llvm-as-19: bad.ll:2:17: error: An alias or ifunc must have pointer type
        IrSyntaxException e = IrTestSupport.parseError("@x = global i32 0\n@g = alias i32, i32 1\n");
        assertEquals(2, e.location().line(), "expected the error on the alias line");
        assertEquals(17, e.location().column(), "expected the error at the aliasee");
    }
}
