package org.hotlink.backend.x86;

import java.util.List;
import java.util.concurrent.Executor;
import org.hotlink.backend.x86.emit.EmittedFunction;
import org.hotlink.backend.x86.lower.ModuleSymbols;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;
import org.hotlink.parallel.SharedWork;

/**
 * Compiles the functions of one module, on the calling thread and on whatever helper threads an
 * executor lends ({@link SharedWork}): functions are independent once the module is verified (the
 * IR is only read). The result and the error reported are those of a compilation in module order:
 * the code of every function, or the failure of the first function (in module order) that fails.
 */
final class FunctionBatch {
    /** Below this many IR instructions, handing work to other threads costs more than it saves. */
    static final int PARALLEL_MIN_INSTRUCTIONS = 400;

    private FunctionBatch() {
    }

    /**
     * The code of each function, in the order given.
     *
     * @param helpers where helper tasks may run, or null for the calling thread alone
     */
    static EmittedFunction[] compile(List<Function> functions, DataLayout layout, ModuleSymbols symbols,
                                     Executor helpers) throws UnsupportedConstructException {
        EmittedFunction[] code = new EmittedFunction[functions.size()];
        boolean parallel = functions.size() > 1 && instructions(functions) >= PARALLEL_MIN_INSTRUCTIONS;
        SharedWork.forEach(functions.size(), parallel ? helpers : null, SharedWork.otherCores(), () -> symbols,
                (moduleSymbols, i) -> code[i] = FunctionCompiler.compile(functions.get(i), layout, moduleSymbols));
        return code;
    }

    private static int instructions(List<Function> functions) {
        int count = 0;
        for (Function f : functions) {
            count += f.instructionCount();
            if (count >= PARALLEL_MIN_INSTRUCTIONS) {
                break;
            }
        }
        return count;
    }
}
