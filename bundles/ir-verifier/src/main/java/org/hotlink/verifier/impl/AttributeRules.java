package org.hotlink.verifier.impl;

import java.util.List;

import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.Type;

/**
 * Parameter and return attributes against the type they apply to, as LLVM's "Attribute 'X'
 * applied to incompatible type!": the ABI attributes the back-end acts on must sit on values
 * they make sense for ({@code signext}/{@code zeroext} on integers, {@code byval}, {@code sret}
 * and the other pointee attributes on pointers).
 */
final class AttributeRules {
    private static final List<String> INTEGER_ONLY = List.of("signext", "zeroext");
    private static final List<String> POINTER_ONLY = List.of("byval", "sret", "inalloca", "preallocated", "byref",
            "nocapture", "nonnull", "dereferenceable", "dereferenceable_or_null", "align");

    private AttributeRules() {
    }

    /** The first attribute in {@code attributes} that cannot apply to {@code type}, described; or null. */
    static String incompatibility(AttributeSet attributes, Type type) {
        if (attributes.isEmpty()) {
            return null;
        }
        // Look attributes up only for the kind of type they cannot apply to (most values are integers or pointers).
        if (!type.isInteger()) {
            for (String name : INTEGER_ONLY) {
                if (attributes.has(name)) {
                    return describe(name, attributes, type);
                }
            }
        }
        if (!type.isPointerOrPointerVector()) {
            for (String name : POINTER_ONLY) {
                if (attributes.has(name)) {
                    return describe(name, attributes, type);
                }
            }
        }
        return null;
    }

    private static String describe(String name, AttributeSet attributes, Type type) {
        Type carried = attributes.typeOf(name);
        return "attribute '" + name + (carried == null ? "" : "(" + carried + ")") + "' applied to incompatible type "
                + type;
    }
}
