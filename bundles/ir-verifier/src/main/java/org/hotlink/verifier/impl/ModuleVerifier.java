package org.hotlink.verifier.impl;

import java.util.List;
import java.util.concurrent.Executor;
import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Module;
import org.hotlink.parallel.SharedWork;
import org.hotlink.parser.IrVerifier;
import org.osgi.service.component.annotations.Component;

/**
 * The IR verifier service: checks globals, then each function definition, and reports the first
 * broken rule with LLVM's wording at the offending instruction. Stateless and thread-safe; the
 * engine may also construct it directly.
 */
@Component(service = IrVerifier.class)
public final class ModuleVerifier implements IrVerifier {
    /** Below this many functions, handing them to other threads costs more than it saves. */
    static final int PARALLEL_MIN_FUNCTIONS = 16;

    public ModuleVerifier() {
        // no state: every verification works on its own local structures
    }

    @Override
    public void verify(Module module) throws IrVerificationException {
        verify(module, null);
    }

    /**
     * Checks the globals, then the function bodies: on helper threads too when the module is large
     * ({@link #PARALLEL_MIN_FUNCTIONS} definitions or more), each thread with its own record of the
     * constants it has checked. The error reported is that of the first function in module order
     * that breaks a rule, whichever thread found it.
     */
    @Override
    public void verify(Module module, Executor helpers) throws IrVerificationException {
        ConstantRules constants = new ConstantRules();
        for (GlobalVariable variable : module.globals()) {
            GlobalRules.checkVariable(variable, constants);
        }
        for (GlobalAlias alias : module.aliases()) {
            GlobalRules.checkAlias(alias);
        }
        List<Function> functions = module.functions();
        for (Function function : functions) {
            GlobalRules.checkFunction(function);
        }
        if (helpers == null || functions.size() < PARALLEL_MIN_FUNCTIONS) {
            for (Function function : functions) {
                FunctionVerifier.verify(function, constants);
            }
            return;
        }
        SharedWork.forEach(functions.size(), helpers, SharedWork.otherCores(), ConstantRules::new,
                (rules, i) -> FunctionVerifier.verify(functions.get(i), rules));
    }
}
