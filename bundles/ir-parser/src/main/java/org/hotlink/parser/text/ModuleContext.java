package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Module;
import org.hotlink.ir.StructType;

/**
 * What the parsing stages share for one module: the module being built, the cursor, the global
 * symbols found by {@link GlobalSymbolScanner}, named types (created at first reference, like
 * LLParser's forward-referenced types), attribute groups, and blockaddress constants to resolve at the end.
 *
 * <p>Function bodies may be parsed on several threads at once ({@link FunctionBodies}), each with
 * its own cursor and so its own context made by {@link #forCursor}: such contexts share every
 * table. Globals and attribute groups are complete before any body is parsed and only read then;
 * named types and blockaddress constants, which bodies add to, are guarded by their own locks.
 */
final class ModuleContext {
    final Module module;
    final TokenCursor cursor;
    final Map<String, GlobalValue> globals;
    /** {@link #globals} by the text number of the name, for look-ups from tokens without hashing. */
    private final GlobalValue[][] globalsByText;
    final Map<String, AttributeSet> attributeGroups;
    private final Map<String, StructType> namedTypes;
    private final Map<String, Token> typeFirstUse;
    private final Map<String, Boolean> typeDefined;
    private final List<PendingBlockAddress> blockAddresses;
    final FlagWords flagWords;

    /** A blockaddress constant whose block is bound once its function's body is parsed. */
    record PendingBlockAddress(BlockAddress constant, Token blockToken) {
    }

    ModuleContext(Module module, TokenCursor cursor) {
        this.module = module;
        this.cursor = cursor;
        this.globals = new HashMap<>();
        this.globalsByText = new GlobalValue[1][];
        this.attributeGroups = new HashMap<>();
        this.namedTypes = new LinkedHashMap<>();
        this.typeFirstUse = new HashMap<>();
        this.typeDefined = new HashMap<>();
        this.blockAddresses = new ArrayList<>();
        this.flagWords = new FlagWords(cursor);
    }

    private ModuleContext(ModuleContext shared, TokenCursor cursor) {
        this.module = shared.module;
        this.cursor = cursor;
        this.globals = shared.globals;
        this.globalsByText = shared.globalsByText;
        this.attributeGroups = shared.attributeGroups;
        this.namedTypes = shared.namedTypes;
        this.typeFirstUse = shared.typeFirstUse;
        this.typeDefined = shared.typeDefined;
        this.blockAddresses = shared.blockAddresses;
        this.flagWords = shared.flagWords;
    }

    /** A context sharing every table with this one, for parsing with another cursor over the same tokens. */
    ModuleContext forCursor(TokenCursor other) {
        return new ModuleContext(this, other);
    }

    /** Registers the globals found by the scanner, by name and by text number. */
    void addGlobals(Map<String, GlobalValue> found) {
        globals.putAll(found);
        GlobalValue[] byText = new GlobalValue[cursor.textCount()];
        for (Map.Entry<String, GlobalValue> e : found.entrySet()) {
            int id = cursor.textId(e.getKey());
            if (id >= 0) {
                byText[id] = e.getValue();
            }
        }
        globalsByText[0] = byText;
    }

    /** The global whose name has text number {@code textId} (see {@link TokenCursor#textIdAt}), or null. */
    GlobalValue global(int textId) {
        return globalsByText[0][textId];
    }

    /**
     * The identified struct {@code %name}, created (opaque) on first reference. The earliest use in
     * the file is kept for the error about a type never defined, whichever thread met it first.
     */
    StructType namedType(String name, Token use) {
        synchronized (namedTypes) {
            StructType t = namedTypes.get(name);
            if (t == null) {
                t = StructType.named(name);
                namedTypes.put(name, t);
            }
            Token first = typeFirstUse.get(name);
            if (first == null || use.offset() < first.offset()) {
                typeFirstUse.put(name, use);
            }
            return t;
        }
    }

    /** Marks {@code %name} as defined; a second definition is an error. */
    StructType defineNamedType(String name, Token at) throws IrSyntaxException {
        synchronized (namedTypes) {
            if (typeDefined.put(name, Boolean.TRUE) != null) {
                throw cursor.error(at, "redefinition of type '%" + name + "'");
            }
            return namedType(name, at);
        }
    }

    /**
     * Registers named types with the module in the order of their first reference in the file;
     * fails on the first one used but never defined.
     */
    void finishNamedTypes() throws IrSyntaxException {
        synchronized (namedTypes) {
            List<String> names = new ArrayList<>(namedTypes.keySet());
            names.sort(java.util.Comparator.comparingInt(name -> typeFirstUse.get(name).offset()));
            for (String name : names) {
                if (!typeDefined.containsKey(name)) {
                    throw cursor.error(typeFirstUse.get(name), "use of undefined type '%" + name + "'");
                }
                module.addNamedType(namedTypes.get(name));
            }
        }
    }

    void addBlockAddress(PendingBlockAddress pending) {
        synchronized (blockAddresses) {
            blockAddresses.add(pending);
        }
    }

    /** The blockaddress constants met, in no particular order once bodies were parsed in parallel. */
    List<PendingBlockAddress> blockAddresses() {
        synchronized (blockAddresses) {
            return List.copyOf(blockAddresses);
        }
    }

    /** The attribute group {@code #id}, or an error at {@code at}. */
    AttributeSet attributeGroup(Token at) throws IrSyntaxException {
        AttributeSet set = attributeGroups.get(at.text());
        if (set == null) {
            throw cursor.error(at, "undefined attribute group '#" + at.text() + "'");
        }
        return set;
    }
}
