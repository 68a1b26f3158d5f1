package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.DllStorageClass;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.ThreadLocalMode;
import org.hotlink.ir.UnnamedAddr;
import org.hotlink.ir.Visibility;

/**
 * The keywords before a global's kind or a function's return type: linkage, {@code dso_local},
 * visibility, DLL storage, {@code thread_local(...)}, {@code unnamed_addr}, {@code addrspace(N)},
 * {@code externally_initialized}. Accepted in any order.
 */
final class GlobalProperties {
    Linkage linkage;
    Visibility visibility = Visibility.DEFAULT;
    DllStorageClass dllStorageClass = DllStorageClass.DEFAULT;
    ThreadLocalMode threadLocalMode = ThreadLocalMode.NOT_THREAD_LOCAL;
    UnnamedAddr unnamedAddr = UnnamedAddr.NONE;
    boolean dsoLocal;
    boolean externallyInitialized;
    int addressSpace;

    /** Parses the keywords present at the cursor. */
    static GlobalProperties parse(TokenCursor cursor, TypeParser types) throws IrSyntaxException {
        GlobalProperties p = new GlobalProperties();
        while (cursor.at(TokenKind.WORD)) {
            Token t = cursor.peek();
            Linkage linkage = linkage(t.text());
            if (linkage != null) {
                if (p.linkage != null) {
                    throw cursor.error(t, "linkage given twice");
                }
                p.linkage = linkage;
                cursor.skip();
                continue;
            }
            switch (t.text()) {
                case "dso_local" -> p.dsoLocal = true;
                case "dso_preemptable" -> p.dsoLocal = false;
                case "default" -> p.visibility = Visibility.DEFAULT;
                case "hidden" -> p.visibility = Visibility.HIDDEN;
                case "protected" -> p.visibility = Visibility.PROTECTED;
                case "dllimport" -> p.dllStorageClass = DllStorageClass.DLLIMPORT;
                case "dllexport" -> p.dllStorageClass = DllStorageClass.DLLEXPORT;
                case "unnamed_addr" -> p.unnamedAddr = UnnamedAddr.UNNAMED;
                case "local_unnamed_addr" -> p.unnamedAddr = UnnamedAddr.LOCAL_UNNAMED;
                case "externally_initialized" -> p.externallyInitialized = true;
                case "thread_local" -> {
                    cursor.skip();
                    p.threadLocalMode = threadLocalMode(cursor);
                    continue;
                }
                case "addrspace" -> {
                    p.addressSpace = types.parseAddressSpace();
                    continue;
                }
                default -> {
                    return p;
                }
            }
            cursor.skip();
        }
        return p;
    }

    private static ThreadLocalMode threadLocalMode(TokenCursor cursor) throws IrSyntaxException {
        if (!cursor.accept(TokenKind.LPAREN)) {
            return ThreadLocalMode.GENERAL_DYNAMIC;
        }
        Token m = cursor.expect(TokenKind.WORD, "thread local storage model");
        ThreadLocalMode mode = switch (m.text()) {
            case "localdynamic" -> ThreadLocalMode.LOCAL_DYNAMIC;
            case "initialexec" -> ThreadLocalMode.INITIAL_EXEC;
            case "localexec" -> ThreadLocalMode.LOCAL_EXEC;
            case "generaldynamic" -> ThreadLocalMode.GENERAL_DYNAMIC;
            default -> throw cursor.error(m, "expected localdynamic, initialexec or localexec");
        };
        cursor.consume(TokenKind.RPAREN, "')' after thread local storage model");
        return mode;
    }

    static Linkage linkage(String word) {
        for (Linkage l : Linkage.values()) {
            if (l.keyword().equals(word)) {
                return l;
            }
        }
        return null;
    }

    /** Copies the properties to {@code g} (external linkage when none was written). */
    void applyTo(GlobalValue g) {
        g.setLinkage(linkage == null ? Linkage.EXTERNAL : linkage);
        g.setVisibility(visibility);
        g.setDllStorageClass(dllStorageClass);
        g.setThreadLocalMode(threadLocalMode);
        g.setUnnamedAddr(unnamedAddr);
        g.setDsoLocal(dsoLocal || (linkage != null && linkage.isLocal()));
    }
}
