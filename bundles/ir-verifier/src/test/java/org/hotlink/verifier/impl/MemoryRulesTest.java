package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.IntegerType.I64;
import static org.hotlink.ir.IntegerType.I8;
import static org.hotlink.ir.PointerType.PTR;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;

import java.util.List;

import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.AtomicRmwOperation;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.FenceInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.StoreInstruction;
import org.hotlink.ir.StructType;
import org.hotlink.ir.VoidType;
import org.junit.jupiter.api.Test;

/** Memory instructions: pointer operands, atomic types and orderings, alloca and getelementptr; LLVM rejects each case too. */
class MemoryRulesTest {

    @Test
    void loadFromAnIntegerIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i64 %p) {
                entry:
                  %v = load i32, i64 %p, align 4
                  ret i32 %v
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I64), "p");
        BasicBlock entry = t.block(f, "entry");
        var v = t.put(entry, "%v = load", new LoadInstruction(I32, f.argument(0), 4, false, AtomicOrdering.NOT_ATOMIC, null));
        t.put(entry, "ret i32 %v", new ReturnInstruction(v));
        assertRejected(t, "'%p' has type i64 but the operand must be ptr", 3, 3);
    }

    @Test
    void storeToAnIntegerIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(i32 %v, i32 %p) {
                entry:
                  store i32 %v, i32 %p, align 4
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(I32, I32), "v", "p");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "store", new StoreInstruction(f.argument(0), f.argument(1), 4, false, AtomicOrdering.NOT_ATOMIC, null));
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "'%p' has type i32 but the operand must be ptr", 3, 3);
    }

    @Test
    void atomicLoadWithReleaseOrderingIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(ptr %p) {
                entry:
                  %v = load atomic i32, ptr %p release, align 4
                  ret i32 %v
                }
                """);
        Function f = t.function("define", "f", I32, List.of(PTR), "p");
        BasicBlock entry = t.block(f, "entry");
        var v = t.put(entry, "%v = load", new LoadInstruction(I32, f.argument(0), 4, false, AtomicOrdering.RELEASE, null));
        t.put(entry, "ret i32 %v", new ReturnInstruction(v));
        assertRejected(t, "load cannot have release ordering", 3, 3);
    }

    @Test
    void allocaOfAnOpaqueStructIsRejected() throws Exception {
        TestModule t = new TestModule("""
                %T = type opaque
                define void @f() {
                entry:
                  %a = alloca %T, align 8
                  ret void
                }
                """);
        StructType opaque = StructType.named("T");
        Function f = t.function("define", "f", VoidType.VOID, List.of());
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "%a = alloca", new AllocaInstruction(opaque, ConstantInt.of(I32, 1), 8, 0));
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "cannot allocate unsized type %T", 4, 3);
    }

    @Test
    void getelementptrStructIndexOutOfRangeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define ptr @f(ptr %p) {
                entry:
                  %q = getelementptr { i32, i64 }, ptr %p, i64 0, i32 2
                  ret ptr %q
                }
                """);
        StructType pair = new StructType(List.of(I32, I64), false);
        Function f = t.function("define", "f", PTR, List.of(PTR), "p");
        BasicBlock entry = t.block(f, "entry");
        var q = t.put(entry, "%q = getelementptr", new GetElementPtrInstruction(pair, PTR, f.argument(0),
                List.of(ConstantInt.of(I64, 0), ConstantInt.of(I32, 2))));
        t.put(entry, "ret ptr %q", new ReturnInstruction(q));
        assertRejected(t, "invalid getelementptr indices: struct index '2' is not a constant i32 field number of { i32, i64 }", 3, 3);
    }

    @Test
    void getelementptrVariableStructIndexIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define ptr @f(ptr %p, i32 %i) {
                entry:
                  %q = getelementptr { i32, i64 }, ptr %p, i64 0, i32 %i
                  ret ptr %q
                }
                """);
        StructType pair = new StructType(List.of(I32, I64), false);
        Function f = t.function("define", "f", PTR, List.of(PTR, I32), "p", "i");
        BasicBlock entry = t.block(f, "entry");
        var q = t.put(entry, "%q = getelementptr", new GetElementPtrInstruction(pair, PTR, f.argument(0),
                List.of(ConstantInt.of(I64, 0), f.argument(1))));
        t.put(entry, "ret ptr %q", new ReturnInstruction(q));
        assertRejected(t, "struct index '%i' is not a constant i32 field number", 3, 3);
    }

    @Test
    void getelementptrIntoAScalarIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define ptr @f(ptr %p) {
                entry:
                  %q = getelementptr i32, ptr %p, i64 1, i64 2
                  ret ptr %q
                }
                """);
        Function f = t.function("define", "f", PTR, List.of(PTR), "p");
        BasicBlock entry = t.block(f, "entry");
        var q = t.put(entry, "%q = getelementptr", new GetElementPtrInstruction(I32, PTR, f.argument(0),
                List.of(ConstantInt.of(I64, 1), ConstantInt.of(I64, 2))));
        t.put(entry, "ret ptr %q", new ReturnInstruction(q));
        assertRejected(t, "invalid getelementptr indices: cannot index into i32", 3, 3);
    }

    @Test
    void cmpxchgWithReleaseFailureOrderingIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(ptr %p) {
                entry:
                  %r = cmpxchg ptr %p, i32 0, i32 1 seq_cst release
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(PTR), "p");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "%r = cmpxchg", new CmpXchgInstruction(f.argument(0), ConstantInt.of(I32, 0), ConstantInt.of(I32, 1),
                AtomicOrdering.SEQ_CST, AtomicOrdering.RELEASE, false, false, null, 4));
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "cmpxchg failure ordering cannot include release semantics", 3, 3);
    }

    @Test
    void atomicrmwFaddOnAnIntegerIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i8 @f(ptr %p) {
                entry:
                  %old = atomicrmw fadd ptr %p, i8 1 monotonic
                  ret i8 %old
                }
                """);
        Function f = t.function("define", "f", I8, List.of(PTR), "p");
        BasicBlock entry = t.block(f, "entry");
        var old = t.put(entry, "%old = atomicrmw", new AtomicRmwInstruction(AtomicRmwOperation.FADD, f.argument(0),
                ConstantInt.of(I8, 1), AtomicOrdering.MONOTONIC, false, null, 1));
        t.put(entry, "ret i8 %old", new ReturnInstruction(old));
        assertRejected(t, "atomicrmw fadd operand '1' has type i8 but the operand must be floating point", 3, 3);
    }

    @Test
    void fenceWithMonotonicOrderingIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f() {
                entry:
                  fence monotonic
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of());
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "fence", new FenceInstruction(AtomicOrdering.MONOTONIC, null));
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "fence instructions may only have acquire, release, acq_rel, or seq_cst ordering", 3, 3);
    }
}
