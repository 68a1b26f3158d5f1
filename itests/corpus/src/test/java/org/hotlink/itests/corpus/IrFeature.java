package org.hotlink.itests.corpus;

import java.util.regex.Pattern;

/**
 * One IR feature that the corpus must exercise: an opcode, intrinsic, linkage or attribute, the level at
 * which the corpus is expected to produce it, and (for features clang-19 cannot emit from C) why a
 * hand-written .ll file provides it instead.
 *
 * @param kind          "opcode", "intrinsic", "linkage" or "attribute"
 * @param name          the feature as written in IR, e.g. "fneg", "llvm.ctpop", "extern_weak", "sret"
 * @param pattern       how to recognise it in IR text
 * @param expectedLevel where the corpus produces it ({@link OptLevel#AS_WRITTEN} for hand-written IR)
 * @param reason        why it comes from hand-written IR, or empty
 */
record IrFeature(String kind, String name, Pattern pattern, OptLevel expectedLevel, String reason) {

    /** An instruction, matched at the start of an instruction line, with or without a result. */
    static IrFeature opcode(String opcode, OptLevel level) {
        return new IrFeature("opcode", opcode, Pattern.compile(
                "(?m)^\\s+(?:%[-\\w.$]+ = )?(?:tail |musttail |notail )?" + Pattern.quote(opcode) + "\\b"), level, "");
    }

    /** An opcode that clang-19 does not emit from C, provided by hand-written IR. */
    static IrFeature handWrittenOpcode(String opcode, String reason) {
        return new IrFeature("opcode", opcode, opcode(opcode, OptLevel.AS_WRITTEN).pattern(), OptLevel.AS_WRITTEN,
                reason);
    }

    /** An intrinsic, named without its type suffix ("llvm.memcpy" matches "@llvm.memcpy.p0.p0.i64"). */
    static IrFeature intrinsic(String name, OptLevel level) {
        return new IrFeature("intrinsic", "llvm." + name,
                Pattern.compile("@llvm\\." + Pattern.quote(name) + "[.(]"), level, "");
    }

    /** A linkage keyword on a global, function definition or declaration. */
    static IrFeature linkage(String linkage, OptLevel level, String reason) {
        return new IrFeature("linkage", linkage, Pattern.compile(
                "(?m)^(?:@\\S+ = |define |declare )" + Pattern.quote(linkage) + "\\b"), level, reason);
    }

    /** A parameter, return or function attribute. */
    static IrFeature attribute(String attribute, OptLevel level) {
        return new IrFeature("attribute", attribute, Pattern.compile("\\b" + Pattern.quote(attribute) + "\\b"), level,
                "");
    }

    String describe() {
        return kind + " " + name + " at " + expectedLevel.label() + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
