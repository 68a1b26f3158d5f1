package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table as an update will leave it: the new objects, the modules removed, and the planned
 * state of every name the update touches (global names by name; locals in their objects). Used
 * by one update under the layer's lock.
 *
 * @param batchModules every module the update adds, replaces or removes
 * @param objects      the new objects, in the order of the request
 * @param removed      the modules the update removes
 * @param globals      planned global names
 */
record UpdatePlan(Set<String> batchModules, List<PlannedObject> objects, List<LoadedModule> removed,
                  Map<String, PlannedName> globals) {
    UpdatePlan(Set<String> batchModules) {
        this(Set.copyOf(batchModules), new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
    }

    /** Every planned name, global and local. */
    List<PlannedName> allNames() {
        List<PlannedName> names = new ArrayList<>(globals.values());
        for (PlannedObject object : objects) {
            names.addAll(object.locals().values());
        }
        return names;
    }

    /** Returns the stubs and GOT slots the update took, after it failed. */
    void giveBack(EntryStubs stubs, GotSlots gots) {
        for (PlannedName name : allNames()) {
            name.giveBack(stubs, gots);
        }
    }
}
