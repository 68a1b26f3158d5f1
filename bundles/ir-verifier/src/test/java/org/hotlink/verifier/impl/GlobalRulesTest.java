package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.hotlink.ir.ArrayType;
import org.hotlink.ir.Module;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.VoidType;
import org.junit.jupiter.api.Test;

/** Globals: initializers against value types, declaration linkage, intrinsics without bodies. */
class GlobalRulesTest {

    @Test
    void initializerOfAnotherTypeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                @table = global [2 x i32] [i32 1, i32 2, i32 3]
                """);
        GlobalVariable table = new GlobalVariable("table", new ArrayType(2, I32), 0);
        table.setInitializer(new ConstantArray(new ArrayType(3, I32),
                List.of(ConstantInt.of(I32, 1), ConstantInt.of(I32, 2), ConstantInt.of(I32, 3))));
        table.setLocation(t.locate("@table"));
        t.module.addGlobal(table);
        assertRejected(t, "global variable initializer type [3 x i32] does not match global variable type [2 x i32]", 1, 1);
    }

    @Test
    void commonGlobalWithANonZeroInitializerIsRejected() throws Exception {
        TestModule t = new TestModule("""
                @counter = common global i32 7, align 4
                """);
        GlobalVariable counter = new GlobalVariable("counter", I32, 0);
        counter.setLinkage(Linkage.COMMON);
        counter.setInitializer(ConstantInt.of(I32, 7));
        counter.setLocation(t.locate("@counter"));
        t.module.addGlobal(counter);
        assertRejected(t, "'common' global must have a zero initializer and cannot be constant", 1, 1);
    }

    @Test
    void aliasOfAnIntegerIsRejected() throws Exception {
        TestModule t = new TestModule("""
                @answer = alias i32, i32 42
                """);
        GlobalAlias alias = new GlobalAlias("answer", I32, 0);
        alias.setAliasee(ConstantInt.of(I32, 42));
        alias.setLocation(t.locate("@answer"));
        t.module.addAlias(alias);
        assertRejected(t, "alias must point to a pointer-typed constant, not i32", 1, 1);
    }

    @Test
    void declarationWithInternalLinkageIsRejected() throws Exception {
        TestModule t = new TestModule("""
                declare internal void @helper()
                """);
        Function helper = t.function("declare", "helper", VoidType.VOID, List.of());
        helper.setLinkage(Linkage.INTERNAL);
        assertRejected(t, "a declaration must have external or extern_weak linkage, not internal", 1, 1);
    }

    @Test
    void definitionOfAnIntrinsicIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @llvm.hotlink.test() {
                entry:
                  ret void
                }
                """);
        Function intrinsic = t.function("define", "llvm.hotlink.test", VoidType.VOID, List.of());
        BasicBlock entry = t.block(intrinsic, "entry");
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "llvm intrinsics cannot be defined", 1, 1);
    }

    @Test
    void externalGlobalOfAnOpaqueStructIsAccepted() throws Exception {
        String text = """
                %struct.incomplete = type opaque
                @x = external global %struct.incomplete
                define ptr @f() {
                entry:
                  ret ptr @x
                }
                """;
        Module module = TextParsers.parse(TestModule.FILE, text);
        assertDoesNotThrow(() -> new ModuleVerifier().verify(module), "expected a declaration of incomplete type to verify");
        assertFalse(LlvmTools.llvmRejects(text), "expected LLVM to accept a declaration of incomplete type");
    }
}
