package org.hotlink.parser.text;

import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** Stands in for a local value used before its definition; replaced when the function body ends. */
final class ForwardReference extends Value {
    final Token firstUse;
    Value resolution;

    ForwardReference(Type type, String name, Token firstUse) {
        super(type, name);
        this.firstUse = firstUse;
    }
}
