package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Module;
import org.hotlink.parser.IrVerifier;
import org.osgi.service.component.annotations.Component;

/**
 * The IR verifier service: checks globals, then each function definition, and reports the first
 * broken rule with LLVM's wording at the offending instruction. Stateless and thread-safe; the
 * engine may also construct it directly.
 */
@Component(service = IrVerifier.class)
public final class ModuleVerifier implements IrVerifier {
    public ModuleVerifier() {
        // no state: every verification works on its own local structures
    }

    @Override
    public void verify(Module module) throws IrVerificationException {
        ConstantRules constants = new ConstantRules();
        for (GlobalVariable variable : module.globals()) {
            GlobalRules.checkVariable(variable, constants);
        }
        for (GlobalAlias alias : module.aliases()) {
            GlobalRules.checkAlias(alias);
        }
        for (Function function : module.functions()) {
            GlobalRules.checkFunction(function);
        }
        for (Function function : module.functions()) {
            FunctionVerifier.verify(function, constants);
        }
    }
}
