package org.hotlink.parser.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.LabelType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/**
 * The local names of one function body: arguments, instruction results and blocks, with LLVM's
 * implicit numbering ({@code %0, %1, ...} in definition order, shared by values and blocks) and
 * forward references, which are checked for type and replaced by {@link #finish}.
 */
final class LocalValueTable implements LocalScope {
    private final TokenCursor cursor;
    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, ForwardReference> forward = new LinkedHashMap<>();
    private final Map<String, BasicBlock> blocks = new HashMap<>();
    private final Map<String, Token> blockFirstUse = new LinkedHashMap<>();
    private int nextNumber;

    LocalValueTable(TokenCursor cursor) {
        this.cursor = cursor;
    }

    @Override
    public Value reference(Token token, Type type) throws IrSyntaxException {
        if (type instanceof LabelType) {
            return block(token);
        }
        String name = token.text();
        Value v = values.get(name);
        if (v == null) {
            v = forward.get(name);
        }
        if (v == null) {
            if (blocks.containsKey(name) && !blockFirstUse.containsKey(name)) {
                throw cursor.error(token, "'%" + name + "' is a basic block, not a value of type '" + type + "'");
            }
            ForwardReference f = new ForwardReference(type, name, token);
            forward.put(name, f);
            return f;
        }
        if (!v.type().equals(type)) {
            throw cursor.error(token, "'%" + name + "' defined with type '" + v.type() + "' but expected '" + type + "'");
        }
        return v;
    }

    @Override
    public BasicBlock block(Token token) throws IrSyntaxException {
        String name = token.text();
        if (values.containsKey(name)) {
            throw cursor.error(token, "'%" + name + "' is not a basic block");
        }
        BasicBlock b = blocks.get(name);
        if (b == null) {
            b = new BasicBlock(name);
            blocks.put(name, b);
            blockFirstUse.put(name, token);
        }
        return b;
    }

    /**
     * Gives {@code value} its name: the one written ({@code nameToken}), or the next number when
     * null. A written number must be the next one, as in LLVM.
     */
    void define(Token nameToken, Value value, Token at) throws IrSyntaxException {
        String name = claimName(nameToken, at, "instruction");
        if (values.containsKey(name) || blocks.containsKey(name) && !blockFirstUse.containsKey(name)) {
            throw cursor.error(nameToken != null ? nameToken : at, "multiple definition of local value named '" + name + "'");
        }
        if (blockFirstUse.containsKey(name)) {
            throw cursor.error(blockFirstUse.get(name), "'%" + name + "' is not a basic block");
        }
        ForwardReference f = forward.remove(name);
        if (f != null) {
            if (!f.type().equals(value.type())) {
                throw cursor.error(nameToken != null ? nameToken : at, "'%" + name + "' defined with type '" + value.type()
                        + "' but expected '" + f.type() + "'");
            }
            f.resolution = value;
        }
        value.setName(name);
        values.put(name, value);
    }

    /** The block defined by {@code label} (or the next number when null), appended to {@code function}. */
    BasicBlock defineBlock(Token label, Token at, Function function) throws IrSyntaxException {
        String name = claimName(label, at, "label");
        if (values.containsKey(name) || forward.containsKey(name)) {
            throw cursor.error(label != null ? label : at, "'%" + name + "' is used as a value and defined as a block");
        }
        BasicBlock b = blocks.get(name);
        if (b == null) {
            b = new BasicBlock(name);
            blocks.put(name, b);
        } else if (!blockFirstUse.containsKey(name)) {
            throw cursor.error(label != null ? label : at, "redefinition of block '%" + name + "'");
        }
        blockFirstUse.remove(name);
        function.appendBlock(b);
        return b;
    }

    private String claimName(Token nameToken, Token at, String what) throws IrSyntaxException {
        if (nameToken == null) {
            return String.valueOf(nextNumber++);
        }
        String name = nameToken.text();
        if (isNumber(name)) {
            if (name.length() > 9 || Integer.parseInt(name) != nextNumber) {
                throw cursor.error(nameToken, what + " expected to be numbered '%" + nextNumber + "'");
            }
            nextNumber++;
        }
        return name;
    }

    private static boolean isNumber(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Checks that every reference was defined and replaces forward references in {@code function}'s instructions. */
    void finish(Function function) throws IrSyntaxException {
        for (ForwardReference f : forward.values()) {
            throw cursor.error(f.firstUse, "use of undefined value '%" + f.name() + "'");
        }
        for (Token use : blockFirstUse.values()) {
            throw cursor.error(use, "use of undefined value '%" + use.text() + "'");
        }
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions()) {
                for (int k = 0; k < i.operandCount(); k++) {
                    if (i.operand(k) instanceof ForwardReference f) {
                        i.setOperand(k, f.resolution);
                    }
                }
            }
        }
    }
}
