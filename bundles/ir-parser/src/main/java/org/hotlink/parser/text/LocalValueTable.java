package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 *
 * <p>Every name has one {@link Local} entry holding all it stands for (value, pending forward
 * reference, block), found by the number of the name's text in the file's {@link NameTable} (equal
 * names have equal numbers) in an array, so defining or using a name costs no hashing. One table
 * serves all bodies of a module: {@link #reset} forgets the names of the previous body.
 */
final class LocalValueTable implements LocalScope {
    private final TokenCursor cursor;
    /** Entries by text number; only those of the current body are set. */
    private final Local[] byText;
    /** Text numbers with an entry in {@link #byText}, to clear on {@link #reset}. */
    private int[] used = new int[64];
    private int usedCount;
    /** Forward references in order of first use; those still without a resolution at the end are errors. */
    private final List<ForwardReference> forwardReferences = new ArrayList<>();
    /** Blocks in order of first use before their definition; those still undefined at the end are errors. */
    private final List<Local> usedBlocks = new ArrayList<>();
    private int nextNumber;

    /** What one local name stands for. */
    private static final class Local {
        /** The defined value (argument or instruction result), or null. */
        Value value;
        /** The placeholder for uses before the definition, until the definition; else null. */
        ForwardReference forward;
        /** The block of this name, defined or only used so far; else null. */
        BasicBlock block;
        /** Where a block not defined yet was first used; null once defined (or when never used first). */
        Token blockFirstUse;

        /** True when the name is a block that has been defined. */
        boolean isDefinedBlock() {
            return block != null && blockFirstUse == null;
        }
    }

    LocalValueTable(TokenCursor cursor) {
        this.cursor = cursor;
        this.byText = new Local[cursor.textCount()];
    }

    /** Forgets every name, for the next function body. */
    void reset() {
        for (int i = 0; i < usedCount; i++) {
            byText[used[i]] = null;
        }
        usedCount = 0;
        forwardReferences.clear();
        usedBlocks.clear();
        nextNumber = 0;
    }

    /** The entry of the name numbered {@code textId}, created when missing. */
    private Local local(int textId) {
        Local l = byText[textId];
        if (l == null) {
            l = new Local();
            byText[textId] = l;
            if (usedCount == used.length) {
                used = Arrays.copyOf(used, usedCount * 2);
            }
            used[usedCount++] = textId;
        }
        return l;
    }

    /** The entry of the name at token {@code position} (or, when -1, the generated {@code name}), created when missing. */
    private Local local(int position, String name) {
        int id = position >= 0 ? cursor.textIdAt(position) : cursor.textId(name);
        // A generated number no token spells can never be looked up: it needs no place in the table.
        return id >= 0 ? local(id) : new Local();
    }

    /** An error at the name token at {@code name}, or at the token at {@code at} when the name is generated (-1). */
    private IrSyntaxException errorAt(int name, int at, String message) {
        return cursor.error(cursor.token(name >= 0 ? name : at), message);
    }

    @Override
    public Value reference(int position, Type type) throws IrSyntaxException {
        Local l = byText[cursor.textIdAt(position)];
        if (l != null && l.value != null && l.value.type().equals(type) && !(type instanceof LabelType)) {
            return l.value; // the usual case: a value defined before, of the expected type
        }
        Token token = cursor.token(position);
        if (type instanceof LabelType) {
            return block(token);
        }
        String name = token.text();
        Value v = l == null ? null : l.value != null ? l.value : l.forward;
        if (v == null) {
            if (l != null && l.isDefinedBlock()) {
                throw cursor.error(token, "'%" + name + "' is a basic block, not a value of type '" + type + "'");
            }
            ForwardReference f = new ForwardReference(type, name, token);
            (l == null ? local(token.textId()) : l).forward = f;
            forwardReferences.add(f);
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
        Local l = local(token.textId());
        if (l.value != null) {
            throw cursor.error(token, "'%" + name + "' is not a basic block");
        }
        if (l.block == null) {
            l.block = new BasicBlock(name);
            l.blockFirstUse = token;
            usedBlocks.add(l);
        }
        return l.block;
    }

    /**
     * Gives {@code value} its name: the one written at token position {@code name}, or the next
     * number when -1. A written number must be the next one, as in LLVM. Positions rather than
     * token objects: the tokens are needed only for error messages.
     *
     * @param at the position of the token errors about a generated name are reported at
     */
    void define(int name, Value value, int at) throws IrSyntaxException {
        String text = claimName(name, "instruction");
        Local l = local(name, text);
        if (l.value != null || l.isDefinedBlock()) {
            throw errorAt(name, at, "multiple definition of local value named '" + text + "'");
        }
        if (l.blockFirstUse != null) {
            throw cursor.error(l.blockFirstUse, "'%" + text + "' is not a basic block");
        }
        ForwardReference f = l.forward;
        if (f != null) {
            if (!f.type().equals(value.type())) {
                throw errorAt(name, at, "'%" + text + "' defined with type '" + value.type()
                        + "' but expected '" + f.type() + "'");
            }
            f.resolution = value;
            l.forward = null;
        }
        value.setName(text);
        l.value = value;
    }

    /** The block defined by the label at token position {@code label} (or the next number when -1), appended to {@code function}. */
    BasicBlock defineBlock(int label, int at, Function function) throws IrSyntaxException {
        String name = claimName(label, "label");
        Local l = local(label, name);
        if (l.value != null || l.forward != null) {
            throw errorAt(label, at, "'%" + name + "' is used as a value and defined as a block");
        }
        if (l.block == null) {
            l.block = new BasicBlock(name);
        } else if (l.blockFirstUse == null) {
            throw errorAt(label, at, "redefinition of block '%" + name + "'");
        }
        l.blockFirstUse = null;
        function.appendBlock(l.block);
        return l.block;
    }

    /** The text of the name at token position {@code name}, or the next number when -1. */
    private String claimName(int name, String what) throws IrSyntaxException {
        if (name < 0) {
            return String.valueOf(nextNumber++);
        }
        String text = cursor.textAt(name);
        if (isNumber(text)) {
            if (text.length() > 9 || decimal(text) != nextNumber) {
                throw cursor.error(cursor.token(name), what + " expected to be numbered '%" + nextNumber + "'");
            }
            nextNumber++;
        }
        return text;
    }

    /** The value of a string of at most 9 decimal digits (cheaper than Integer.parseInt for this one case). */
    private static int decimal(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
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
        for (ForwardReference f : forwardReferences) {
            if (f.resolution == null) {
                throw cursor.error(f.firstUse, "use of undefined value '%" + f.name() + "'");
            }
        }
        for (Local l : usedBlocks) {
            if (l.blockFirstUse != null) {
                throw cursor.error(l.blockFirstUse, "use of undefined value '%" + l.blockFirstUse.text() + "'");
            }
        }
        if (forwardReferences.isEmpty()) {
            return; // nothing to replace: most bodies define every value before its use
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
