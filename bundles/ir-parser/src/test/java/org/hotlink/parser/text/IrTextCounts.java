package org.hotlink.parser.text;

/**
 * Counts functions and instructions in clang-printed IR by looking at lines, independently of the
 * parser: an instruction is a line inside a {@code define} body that starts with two spaces and is
 * not a switch case ({@code "    "}), a closing {@code "  ]"}, a debug record or an {@code llvm.dbg.*} call.
 */
final class IrTextCounts {
    final int definitions;
    final int declarations;
    final long instructions;

    IrTextCounts(String ir) {
        int defs = 0;
        int decls = 0;
        long insts = 0;
        boolean inBody = false;
        for (String line : ir.split("\n")) {
            if (line.startsWith("define ")) {
                defs++;
                inBody = true;
            } else if (line.startsWith("declare ")) {
                decls++;
            } else if (inBody && line.startsWith("}")) {
                inBody = false;
            } else if (inBody && line.startsWith("  ") && !line.startsWith("   ") && !line.startsWith("  ]")
                    && !line.startsWith("  #dbg_") && !line.contains("call void @llvm.dbg.")) {
                insts++;
            }
        }
        this.definitions = defs;
        this.declarations = decls;
        this.instructions = insts;
    }
}
