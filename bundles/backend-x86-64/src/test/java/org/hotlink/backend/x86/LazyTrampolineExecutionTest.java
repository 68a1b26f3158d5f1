package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Test that an entry stub whose slot points at a lazy landing runs the compiler callback with the
 * stub's address and then enters the function it returned with every argument register intact,
 * as if the caller had called that function directly. The stub, slot, landing, trampoline and
 * compiler slot are laid out by hand in one page mapped read-write, then read-execute.
 */
class LazyTrampolineExecutionTest {
    /** The C library calls the test needs for executable memory. */
    public interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        Pointer mmap(Pointer address, long length, int protection, int flags, int fd, long offset);

        int mprotect(Pointer address, long length, int protection);

        int munmap(Pointer address, long length);
    }

    /** The compiler's C signature: takes the stub address, returns the code to run. */
    public interface Compiler extends Callback {
        long invoke(long stubAddress);
    }

    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 2;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final long PAGE = 4096;

    private static final int STUB = 0;
    private static final int SLOT = 16;
    private static final int COMPILER_SLOT = 24;
    private static final int LANDING = 32;
    private static final int TRAMPOLINE = 64;

    /** Every integer and vector argument register carries a value with its own weight. */
    private static final String IR = """
            %va = type { i32, i32, ptr, ptr }
            declare void @llvm.va_start.p0(ptr)
            declare void @llvm.va_end.p0(ptr)

            define double @weighted(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f,
                                    double %x0, double %x1, double %x2, double %x3,
                                    double %x4, double %x5, double %x6, double %x7) {
              %a1 = mul i64 %a, 1
              %b1 = mul i64 %b, 10
              %c1 = mul i64 %c, 100
              %d1 = mul i64 %d, 1000
              %e1 = mul i64 %e, 10000
              %f1 = mul i64 %f, 100000
              %s1 = add i64 %a1, %b1
              %s2 = add i64 %s1, %c1
              %s3 = add i64 %s2, %d1
              %s4 = add i64 %s3, %e1
              %s5 = add i64 %s4, %f1
              %i = sitofp i64 %s5 to double
              %y0 = fmul double %x0, 1.0e6
              %y1 = fmul double %x1, 1.0e7
              %y2 = fmul double %x2, 1.0e8
              %y3 = fmul double %x3, 1.0e9
              %y4 = fmul double %x4, 1.0e10
              %y5 = fmul double %x5, 1.0e11
              %y6 = fmul double %x6, 1.0e12
              %y7 = fmul double %x7, 1.0e13
              %t0 = fadd double %i, %y0
              %t1 = fadd double %t0, %y1
              %t2 = fadd double %t1, %y2
              %t3 = fadd double %t2, %y3
              %t4 = fadd double %t3, %y4
              %t5 = fadd double %t4, %y5
              %t6 = fadd double %t5, %y6
              %t7 = fadd double %t6, %y7
              ret double %t7
            }

            define double @dsum(i32 %n, ...) {
            entry:
              %ap = alloca %va
              call void @llvm.va_start.p0(ptr %ap)
              br label %loop
            loop:
              %k = phi i32 [ 0, %entry ], [ %k1, %loop ]
              %s = phi double [ 0.0, %entry ], [ %s1, %loop ]
              %v = va_arg ptr %ap, double
              %s1 = fadd double %s, %v
              %k1 = add i32 %k, 1
              %done = icmp eq i32 %k1, %n
              br i1 %done, label %exit, label %loop
            exit:
              call void @llvm.va_end.p0(ptr %ap)
              ret double %s1
            }
            """;

    /** Each argument times its weight lands in its own decimal digit, so a lost or swapped register shows. */
    private static final Object[] WEIGHTED_ARGS = {1L, 2L, 3L, 4L, 5L, 6L, 7.0, 8.0, 9.0, 1.0, 2.0, 3.0, 4.0, 5.0};
    private static final double WEIGHTED_RESULT = 54_321_987_654_321.0;

    private final X86StubWriter writer = new X86StubWriter();

    @Test
    void firstAndLaterCallsThroughTheTrampolineReachTheTargetWithEveryArgument() throws Exception {
        try (CompiledModule module = CompiledModule.load(IR)) {
            long target = module.address("weighted");
            assertEquals(WEIGHTED_RESULT, module.callDouble("weighted", WEIGHTED_ARGS), "a direct call gives the reference result");
            List<Long> stubsSeen = new ArrayList<>();
            Compiler compiler = stubAddress -> {
                stubsSeen.add(stubAddress);
                return target;
            };
            withLazyStub(compiler, stub -> {
                Function viaStub = Function.getFunction(new Pointer(stub));
                assertEquals(WEIGHTED_RESULT, viaStub.invokeDouble(WEIGHTED_ARGS),
                        "six integer and eight double arguments survive the trampoline");
                assertEquals(List.of(stub), stubsSeen, "the compiler received the stub's address");
                assertEquals(WEIGHTED_RESULT, viaStub.invokeDouble(WEIGHTED_ARGS),
                        "a second call through the trampoline works as well");
                assertEquals(List.of(stub, stub), stubsSeen, "the slot still leads to the landing, so the compiler ran again");
            });
        }
    }

    @Test
    void variadicCallKeepsTheVectorCountAndTheStackArguments() throws Exception {
        try (CompiledModule module = CompiledModule.load(IR)) {
            long target = module.address("dsum");
            withLazyStub(stubAddress -> target, stub -> {
                Object[] args = {10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5};
                // AL tells dsum's prologue whether to save the XMM registers; the last two doubles lie on the stack.
                assertEquals(55.5, Function.getFunction(new Pointer(stub)).invokeDouble(args),
                        "eight doubles in registers and two on the stack reach the variadic function");
            });
        }
    }

    private interface StubUse {
        void run(long stub) throws Exception;
    }

    /** Lays out stub, slot, compiler slot, lazy landing and trampoline in a fresh page, then runs {@code use}. */
    private void withLazyStub(Compiler compiler, StubUse use) throws Exception {
        LibC libc = LibC.INSTANCE;
        Pointer page = libc.mmap(null, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        assertEquals(false, Pointer.nativeValue(page) == -1L, "mmap of one page should succeed");
        try {
            long base = Pointer.nativeValue(page);
            byte[] code = new byte[TRAMPOLINE + writer.lazyTrampolineSize()];
            writer.writeEntryStub(code, STUB, base + STUB, base + SLOT);
            writer.writeLazyLanding(code, LANDING, base + LANDING, base + STUB, base + TRAMPOLINE);
            writer.writeLazyTrampoline(code, TRAMPOLINE, base + TRAMPOLINE, base + COMPILER_SLOT);
            page.write(0, code, 0, code.length);
            page.setLong(SLOT, base + LANDING);
            page.setLong(COMPILER_SLOT, Pointer.nativeValue(CallbackReference.getFunctionPointer(compiler)));
            assertEquals(0, libc.mprotect(page, PAGE, PROT_READ | PROT_EXEC), "mprotect to read-execute should succeed");
            use.run(base + STUB);
        } finally {
            libc.munmap(page, PAGE);
            // JNA frees a callback's native code once the callback is collected; it must outlive the calls.
            Reference.reachabilityFence(compiler);
        }
    }
}
