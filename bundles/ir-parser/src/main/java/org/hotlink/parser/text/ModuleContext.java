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
 */
final class ModuleContext {
    final Module module;
    final TokenCursor cursor;
    final Map<String, GlobalValue> globals = new HashMap<>();
    /** {@link #globals} by the text number of the name, for look-ups from tokens without hashing. */
    private GlobalValue[] globalsByText;
    final Map<String, AttributeSet> attributeGroups = new HashMap<>();
    private final Map<String, StructType> namedTypes = new LinkedHashMap<>();
    private final Map<String, Token> typeFirstUse = new HashMap<>();
    private final Map<String, Boolean> typeDefined = new HashMap<>();
    final List<PendingBlockAddress> blockAddresses = new ArrayList<>();
    final FlagWords flagWords;

    /** A blockaddress constant whose block is bound once its function's body is parsed. */
    record PendingBlockAddress(BlockAddress constant, Token blockToken) {
    }

    ModuleContext(Module module, TokenCursor cursor) {
        this.module = module;
        this.cursor = cursor;
        this.flagWords = new FlagWords(cursor);
    }

    /** Registers the globals found by the scanner, by name and by text number. */
    void addGlobals(Map<String, GlobalValue> found) {
        globals.putAll(found);
        globalsByText = new GlobalValue[cursor.textCount()];
        for (Map.Entry<String, GlobalValue> e : found.entrySet()) {
            int id = cursor.textId(e.getKey());
            if (id >= 0) {
                globalsByText[id] = e.getValue();
            }
        }
    }

    /** The global whose name has text number {@code textId} (see {@link TokenCursor#textIdAt}), or null. */
    GlobalValue global(int textId) {
        return globalsByText[textId];
    }

    /** The identified struct {@code %name}, created (opaque) on first reference. */
    StructType namedType(String name, Token use) {
        StructType t = namedTypes.get(name);
        if (t == null) {
            t = StructType.named(name);
            namedTypes.put(name, t);
            typeFirstUse.put(name, use);
        }
        return t;
    }

    /** Marks {@code %name} as defined; a second definition is an error. */
    StructType defineNamedType(String name, Token at) throws IrSyntaxException {
        if (typeDefined.put(name, Boolean.TRUE) != null) {
            throw cursor.error(at, "redefinition of type '%" + name + "'");
        }
        return namedType(name, at);
    }

    /** Registers named types with the module in first-reference order; fails on a type used but never defined. */
    void finishNamedTypes() throws IrSyntaxException {
        for (Map.Entry<String, StructType> e : namedTypes.entrySet()) {
            if (!typeDefined.containsKey(e.getKey())) {
                throw cursor.error(typeFirstUse.get(e.getKey()), "use of undefined type '%" + e.getKey() + "'");
            }
            module.addNamedType(e.getValue());
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
