package org.hotlink.engine.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hotlink.engine.SymbolInfo;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.linker.LinkLayer;

/**
 * The global names of an engine's symbol table as {@link SymbolInfo}: every non-local name that a
 * loaded module defines or declares (intrinsics and {@code llvm.*} globals excepted), with the
 * definition in effect from the link layer and that module's version from the module table.
 * Called under the engine's lock, so the module table does not change while it reads.
 */
final class SymbolListing {
    private SymbolListing() {
    }

    static List<SymbolInfo> list(ModuleTable table, LinkLayer layer) {
        Map<String, Boolean> functionByName = new TreeMap<>();
        for (LoadedModule module : table.all()) {
            for (Function function : module.ir().functions()) {
                if (isListed(function) && !function.isIntrinsic()) {
                    functionByName.put(function.name(), true);
                }
            }
            for (GlobalVariable global : module.ir().globals()) {
                if (isListed(global)) {
                    functionByName.putIfAbsent(global.name(), false);
                }
            }
        }
        List<SymbolInfo> symbols = new ArrayList<>(functionByName.size());
        for (Map.Entry<String, Boolean> name : functionByName.entrySet()) {
            String module = layer.definingModule(name.getKey());
            symbols.add(new SymbolInfo(name.getKey(), name.getValue(), module, table.versionOf(module),
                    layer.lookup(name.getKey()).orElse(0)));
        }
        return symbols;
    }

    private static boolean isListed(GlobalValue value) {
        return value.hasName() && !value.linkage().isLocal() && !value.name().startsWith("llvm.");
    }
}
