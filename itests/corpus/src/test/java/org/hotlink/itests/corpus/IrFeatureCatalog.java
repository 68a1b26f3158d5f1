package org.hotlink.itests.corpus;

import static org.hotlink.itests.corpus.IrFeature.attribute;
import static org.hotlink.itests.corpus.IrFeature.handWrittenOpcode;
import static org.hotlink.itests.corpus.IrFeature.intrinsic;
import static org.hotlink.itests.corpus.IrFeature.linkage;
import static org.hotlink.itests.corpus.IrFeature.opcode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The IR features Hotlink must handle (issue 2) and where the corpus produces each. Levels were checked
 * against clang-19's output of this corpus; a feature listed at {@link OptLevel#AS_WRITTEN} comes from the
 * hand-written files in src/test/ll because clang-19 cannot be made to emit it from C (reason given).
 */
final class IrFeatureCatalog {

    private static final OptLevel O0 = OptLevel.O0;
    private static final OptLevel O1 = OptLevel.O1;
    private static final OptLevel O2 = OptLevel.O2;
    private static final OptLevel HAND = OptLevel.AS_WRITTEN;

    private IrFeatureCatalog() {
    }

    static List<IrFeature> all() {
        List<IrFeature> features = new ArrayList<>();
        for (String op : List.of("load", "store", "getelementptr", "br", "call", "icmp", "add", "sext", "alloca",
                "fadd", "fmul", "ret", "and", "mul", "or", "fsub", "xor", "sub", "fdiv", "shl", "zext", "trunc", "lshr",
                "fneg", "sitofp", "select", "fcmp", "fpext", "ashr", "srem", "unreachable", "urem", "sdiv", "uitofp",
                "fptosi", "fptrunc", "switch", "ptrtoint", "udiv", "extractvalue", "inttoptr", "indirectbr", "fptoui",
                "atomicrmw", "cmpxchg", "fence")) {
            features.add(opcode(op, O0));
        }
        features.add(opcode("bitcast", O0));            // float_compare_nan: signbit() on a double
        features.add(opcode("phi", O2));
        features.add(opcode("freeze", O2));             // int128_arith
        for (String op : List.of("insertelement", "extractelement", "shufflevector", "insertvalue")) {
            features.add(opcode(op, O2));                // float_pair_vectors: <2 x float> and {double, double}
        }
        features.add(handWrittenOpcode("va_arg",
                "clang-19 expands va_arg itself on x86-64 (va_arg_instruction.ll)"));

        for (String name : List.of("memcpy", "memmove", "memset", "fmuladd", "fma", "fabs", "floor", "ceil", "trunc",
                "round", "rint", "copysign", "minnum", "maxnum", "abs", "ctlz", "cttz", "ctpop", "bswap", "bitreverse",
                "fshl", "fshr", "sadd.with.overflow", "uadd.with.overflow", "ssub.with.overflow", "usub.with.overflow",
                "smul.with.overflow", "umul.with.overflow", "assume", "trap", "stacksave", "stackrestore", "va_start",
                "va_end", "va_copy")) {
            features.add(intrinsic(name, O0));
        }
        features.add(intrinsic("is.fpclass", O0));                       // float_compare_nan: isnan(), isinf()
        features.add(intrinsic("experimental.noalias.scope.decl", O1));  // inlined functions with noalias params
        features.add(intrinsic("load.relative", O2));                    // json_tokenizer: relative string table
        for (String name : List.of("smax", "smin", "umax", "umin", "lifetime.start", "lifetime.end")) {
            features.add(intrinsic(name, O1));
        }
        features.add(handIntrinsic("sqrt", "math-errno keeps sqrt() a libm call on Linux (math_intrinsics.ll)"));
        features.add(handIntrinsic("pow", "math-errno keeps pow() a libm call on Linux (math_intrinsics.ll)"));
        features.add(handIntrinsic("expect", "absent at -O0 and lowered before printing at -O1 and above"
                + " (math_intrinsics.ll)"));

        for (String name : List.of("private", "internal", "external", "weak", "extern_weak")) {
            features.add(linkage(name, O0, ""));
        }
        features.add(linkage("linkonce_odr", HAND, "C has no construct that clang-19 emits as linkonce_odr"
                + " (common_linkage.ll)"));
        features.add(linkage("common", HAND, "clang-19 defaults to -fno-common and the corpus levels do not add"
                + " -fcommon (common_linkage.ll)"));

        for (String name : List.of("signext", "zeroext", "byval", "sret", "noundef", "returns_twice")) {
            features.add(attribute(name, O0));
        }
        return features;
    }

    private static IrFeature handIntrinsic(String name, String reason) {
        return new IrFeature("intrinsic", "llvm." + name,
                Pattern.compile("@llvm\\." + Pattern.quote(name) + "[.(]"), HAND, reason);
    }
}
