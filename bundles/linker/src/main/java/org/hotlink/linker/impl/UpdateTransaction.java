package org.hotlink.linker.impl;

import java.util.List;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.ModuleReplacement;

/**
 * One {@code LinkLayer.update}, all or nothing (docs/hot-swap.md, "Transactions"): plan the table
 * as it will be, place every new object, patch, finalize, and only then publish. Until
 * publication nothing a reader of the table or of a slot sees has changed; on any failure every
 * allocation is abandoned or released and the stubs and GOT slots taken are given back. Runs
 * under the layer's lock.
 */
final class UpdateTransaction {
    private final LinkTable table;

    UpdateTransaction(LinkTable table) {
        this.table = table;
    }

    LinkUpdate run(List<ModuleReplacement> replacements) throws LinkException, DuplicateSymbolException {
        UpdatePlan plan = new UpdatePlanner(table).plan(replacements);
        ObjectPlacer placer = new ObjectPlacer(table.arena);
        ObjectPatcher patcher = new ObjectPatcher(table.gots);
        PlannedObject current = null;
        try {
            for (PlannedObject object : plan.objects()) {
                current = object;
                object.setPlacement(placer.place(object));
            }
            for (PlannedObject object : plan.objects()) {
                current = object;
                patcher.patchAndWrite(object);
            }
            for (PlannedObject object : plan.objects()) {
                current = object;
                object.placement().finalizeAll();
            }
        } catch (MemoryException e) {
            abandon(plan);
            String where = current == null ? "update" : current.where();
            throw new LinkException(where + ": " + e.getMessage(), null, e);
        } catch (LinkException | RuntimeException e) {
            abandon(plan);
            throw e;
        }
        return new UpdatePublisher(table).publish(plan);
    }

    private void abandon(UpdatePlan plan) {
        for (PlannedObject object : plan.objects()) {
            if (object.isPlaced()) {
                object.placement().discard();
            }
        }
        plan.giveBack(table.stubs, table.gots);
    }
}
