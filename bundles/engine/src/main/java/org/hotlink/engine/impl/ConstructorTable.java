package org.hotlink.engine.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Module;

/**
 * The entries of {@code llvm.global_ctors} or {@code llvm.global_dtors}: {@code {i32 priority,
 * ptr function, ptr data}}. Constructors run in increasing priority, destructors in decreasing
 * priority; equal priorities keep module and table order.
 */
record ConstructorTable(List<Entry> entries) {
    record Entry(int priority, String moduleName, String function) {
    }

    static List<Entry> read(Module module, String moduleName, String tableName) {
        GlobalVariable table = module.global(tableName);
        List<Entry> entries = new ArrayList<>();
        if (table == null || !(table.initializer() instanceof ConstantArray array)) {
            return entries;
        }
        for (Constant element : array.elements()) {
            if (element instanceof ConstantStruct struct && struct.elementCount() >= 2
                    && struct.element(0) instanceof ConstantInt priority
                    && struct.element(1) instanceof Function function) {
                entries.add(new Entry((int) priority.longValue(), moduleName, function.name()));
            }
        }
        return entries;
    }

    static List<Entry> constructorOrder(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::priority));
        return sorted;
    }

    static List<Entry> destructorOrder(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::priority).reversed());
        return sorted;
    }
}
