package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.List;
import org.hotlink.ir.AtomicRmwOperation;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.Predicate;

/**
 * The words the parser compares token texts with, as the very {@code String} instances its code
 * holds: string literals (one instance per JVM) and the keywords of the IR enums. The lexer interns
 * them first, so a keyword token's text is that instance and every comparison with it (equals,
 * switch, set and map look-ups) succeeds on identity. A word missing here only costs speed.
 */
final class Keywords {
    /** Seeded into every file's {@link NameTable}; immutable. */
    static final List<String> ALL = collect();

    private Keywords() {
    }

    private static List<String> collect() {
        List<String> words = new ArrayList<>(List.of(
                // types
                "i1", "i8", "i16", "i32", "i64", "void", "half", "bfloat", "float", "double", "x86_fp80", "fp128",
                "ppc_fp128", "label", "metadata", "token", "ptr", "x86_mmx", "x86_amx", "target", "opaque", "type",
                "vscale", "x", "addrspace",
                // top level and globals
                "source_filename", "datalayout", "triple", "module", "asm", "attributes", "define", "declare",
                "global", "constant", "alias", "ifunc", "comdat", "section", "partition", "align", "gc", "prefix",
                "prologue", "personality", "unnamed_addr", "local_unnamed_addr", "thread_local", "dso_local",
                "dso_preemptable", "externally_initialized", "default", "hidden", "protected", "dllimport",
                "dllexport", "localdynamic", "initialexec", "localexec", "generaldynamic", "code_model",
                "any", "exactmatch", "largest", "nodeduplicate", "noduplicates", "samesize", "distinct",
                "uselistorder", "uselistorder_bb",
                // instructions
                "tail", "musttail", "notail", "to", "atomic", "volatile", "weak", "syncscope", "inalloca",
                "swifterror", "inrange", "sideeffect", "alignstack", "inteldialect", "unwind", "cc",
                "unordered", "monotonic", "acquire", "release", "acq_rel", "seq_cst",
                "nuw", "nsw", "exact", "disjoint", "inbounds", "nusw", "nneg", "samesign",
                "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast",
                // constants
                "true", "false", "null", "undef", "poison", "zeroinitializer", "none", "blockaddress",
                "dso_local_equivalent", "no_cfi"));
        words.addAll(AttributeParser.KEYWORDS);
        words.addAll(CallParser.CALLING_CONVENTIONS.keySet());
        for (Opcode o : Opcode.values()) {
            words.add(o.keyword());
        }
        for (Predicate p : Predicate.values()) {
            words.add(p.keyword());
        }
        for (Linkage l : Linkage.values()) {
            words.add(l.keyword());
        }
        for (AtomicRmwOperation o : AtomicRmwOperation.values()) {
            words.add(o.keyword());
        }
        return List.copyOf(words);
    }
}
