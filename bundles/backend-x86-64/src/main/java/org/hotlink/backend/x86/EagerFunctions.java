package org.hotlink.backend.x86;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantAggregate;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.Module;

/**
 * The defined functions whose code a lazy compilation must still emit with the module's data,
 * because symbols other than the function's own entry lie in that code:
 * <ul>
 * <li>a function whose block addresses are taken ({@code blockaddress(@f, %bb)} anywhere: in a
 *     global's initializer, an alias, or an operand of any instruction, also nested in constant
 *     expressions and aggregates): its block symbols are defined inside its code section, where
 *     the data and the other functions' code must find them;</li>
 * <li>a function an alias points at: the alias is defined in its aliasee's section.</li>
 * </ul>
 */
final class EagerFunctions {
    private final Set<Function> found = new LinkedHashSet<>();
    /** Constants already walked: constant expressions may share operands, so each is walked once. */
    private final Set<Constant> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private EagerFunctions() {
    }

    /** The functions of {@code module} that must be compiled with its data, in the order found. */
    static Set<Function> of(Module module) {
        EagerFunctions scan = new EagerFunctions();
        for (GlobalAlias alias : module.aliases()) {
            scan.aliasee(alias.aliasee(), Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        // BlockAddress marks its function when made, so no operand of any function body is walked:
        // on a module of thousands of functions that walk cost more than the rest of a lazy add's pass.
        for (Function f : module.functions()) {
            if (f.isBlockAddressTaken()) {
                scan.found.add(f);
            }
        }
        return scan.found;
    }

    /**
     * Records the function of every {@code blockaddress} in {@code constant}; globals are not followed.
     * Only composite constants are remembered as seen: leaves (integers, globals) are most operands
     * and need no walk, so remembering them would cost more than the scan.
     */
    private void blockAddressesIn(Constant constant) {
        if (constant instanceof BlockAddress address) {
            found.add(address.function());
        } else if (constant instanceof ConstantExpression expression) {
            if (seen.add(expression)) {
                for (Constant operand : expression.operands()) {
                    blockAddressesIn(operand);
                }
            }
        } else if (constant instanceof ConstantAggregate aggregate) {
            if (seen.add(aggregate)) {
                for (Constant element : aggregate.elements()) {
                    blockAddressesIn(element);
                }
            }
        }
    }

    /**
     * Records the function an aliasee names, following aliases of aliases ({@code aliases} guards
     * against a cycle, which the verifier refuses anyway), and any block address in it.
     */
    private void aliasee(Constant constant, Set<GlobalAlias> aliases) {
        if (constant instanceof Function function) {
            found.add(function);
        } else if (constant instanceof GlobalAlias alias) {
            if (aliases.add(alias)) {
                aliasee(alias.aliasee(), aliases);
            }
        } else if (constant instanceof ConstantExpression expression) {
            for (Constant operand : expression.operands()) {
                aliasee(operand, aliases);
            }
        } else {
            blockAddressesIn(constant);
        }
    }
}
