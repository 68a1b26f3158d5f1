package org.hotlink.linker.impl;

import java.util.List;
import java.util.Set;

/**
 * The table as one lazy function's materialization will leave it: the function's code as a
 * planned object, the function's own name (its lazy candidate replaced by the code), the names
 * its references resolve to (the module version's locals and global names, some created by it),
 * and the global names the module newly refers to. Used by one materialization under the layer's lock.
 *
 * @param object         the function's code
 * @param function       the function's name
 * @param resolved       every other name a symbol of the object resolves to: its private locals, the module
 *                       version's locals, global names
 * @param createdGlobals the global names it creates (new to the table)
 * @param newReferences  global names the module refers to now and did not before
 */
record MaterializePlan(PlannedObject object, PlannedName function, List<PlannedName> resolved, List<PlannedName> createdGlobals,
                       Set<String> newReferences) {
    /** Returns the stubs and GOT slots the materialization took, after it failed. */
    void giveBack(EntryStubs stubs, GotSlots gots) {
        function.giveBack(stubs, gots);
        for (PlannedName name : resolved) {
            name.giveBack(stubs, gots);
        }
    }
}
