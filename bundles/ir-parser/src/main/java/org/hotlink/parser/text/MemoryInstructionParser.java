package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.AtomicRmwOperation;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.FenceInstruction;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StoreInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** Parses alloca, load, store, getelementptr, fence, cmpxchg and atomicrmw (typed-pointer spellings too). */
final class MemoryInstructionParser {
    private final ValueParser values;
    private final TokenCursor cursor;

    MemoryInstructionParser(ValueParser values) {
        this.values = values;
        this.cursor = values.cursor;
    }

    Instruction parse(Opcode opcode, Token at) throws IrSyntaxException {
        return switch (opcode) {
            case ALLOCA -> alloca();
            case LOAD -> load();
            case STORE -> store();
            case GETELEMENTPTR -> getElementPtr(at);
            case FENCE -> fence();
            case CMPXCHG -> cmpXchg();
            case ATOMICRMW -> atomicRmw();
            default -> throw cursor.error(at, "expected memory instruction");
        };
    }

    private Instruction alloca() throws IrSyntaxException {
        cursor.acceptWord("inalloca");
        cursor.acceptWord("swifterror");
        Type type = values.types.parseFirstClassType("an alloca");
        Value count = ConstantInt.of(IntegerType.I32, 1);
        long align = 0;
        int addressSpace = 0;
        while (cursor.at(TokenKind.COMMA) && !cursor.aheadIs(1, TokenKind.METADATA_NAME)) {
            cursor.skip();
            if (cursor.atWord("align")) {
                align = values.parseAlign();
            } else if (cursor.atWord("addrspace")) {
                addressSpace = values.types.parseAddressSpace();
            } else {
                Token c = cursor.peek();
                count = values.parseTypedValue("an alloca count");
                if (!count.type().isInteger()) {
                    throw cursor.error(c, "element count must have integer type");
                }
            }
        }
        return new AllocaInstruction(type, count, align, addressSpace);
    }

    private Instruction load() throws IrSyntaxException {
        boolean atomic = cursor.acceptWord("atomic");
        boolean isVolatile = cursor.acceptWord("volatile");
        int typeToken = cursor.position();
        Type type = values.types.parseFirstClassType("a load");
        cursor.consume(TokenKind.COMMA, "',' after load's type");
        Value pointer = pointerOperand("load", "a load address");
        String scope = null;
        AtomicOrdering ordering = AtomicOrdering.NOT_ATOMIC;
        if (atomic) {
            scope = values.parseOptionalSyncScope();
            ordering = values.parseOrdering();
            if (ordering == AtomicOrdering.RELEASE || ordering == AtomicOrdering.ACQ_REL) {
                throw cursor.error(cursor.token(typeToken), "atomic load cannot use " + ordering.name().toLowerCase(Locale.ROOT) + " ordering");
            }
        }
        long align = values.parseOptionalCommaAlign();
        return new LoadInstruction(type, pointer, align, isVolatile, ordering, scope);
    }

    private Instruction store() throws IrSyntaxException {
        boolean atomic = cursor.acceptWord("atomic");
        boolean isVolatile = cursor.acceptWord("volatile");
        Value value = values.parseTypedValue("a stored value");
        cursor.consume(TokenKind.COMMA, "',' after stored value");
        Value pointer = pointerOperand("store", "a store address");
        String scope = null;
        AtomicOrdering ordering = AtomicOrdering.NOT_ATOMIC;
        if (atomic) {
            scope = values.parseOptionalSyncScope();
            ordering = values.parseOrdering();
        }
        long align = values.parseOptionalCommaAlign();
        return new StoreInstruction(value, pointer, align, isVolatile, ordering, scope);
    }

    /** @param role how the operand is named in a type error ({@code "a load address"}); a constant, not built per call */
    private Value pointerOperand(String what, String role) throws IrSyntaxException {
        int at = cursor.position();
        Value pointer = values.parseTypedValue(role);
        if (!(pointer.type() instanceof PointerType)) {
            throw cursor.error(cursor.token(at), what + " operand must be a pointer");
        }
        return pointer;
    }

    private Instruction getElementPtr(Token at) throws IrSyntaxException {
        Set<String> flags = values.constants.parseInstructionFlags(ConstantExpressionParser.GEP_FLAGS);
        Type source = values.types.parseFirstClassType("a getelementptr source element");
        cursor.consume(TokenKind.COMMA, "',' after getelementptr's type");
        List<Value> operands = new ArrayList<>();
        operands.add(values.parseTypedValue("a getelementptr base"));
        while (cursor.at(TokenKind.COMMA) && !cursor.aheadIs(1, TokenKind.METADATA_NAME)) {
            cursor.skip();
            cursor.acceptWord("inrange");
            operands.add(values.parseTypedValue("a getelementptr index"));
        }
        Type result = values.indexed.gepResultType(source, operands, at);
        GetElementPtrInstruction gep = new GetElementPtrInstruction(source, result, operands.get(0),
                operands.subList(1, operands.size()));
        flags.forEach(gep::addFlag);
        return gep;
    }

    private Instruction fence() throws IrSyntaxException {
        String scope = values.parseOptionalSyncScope();
        Token o = cursor.peek();
        AtomicOrdering ordering = values.parseOrdering();
        if (ordering == AtomicOrdering.UNORDERED || ordering == AtomicOrdering.MONOTONIC) {
            throw cursor.error(o, "fence cannot be unordered or monotonic");
        }
        return new FenceInstruction(ordering, scope);
    }

    private Instruction cmpXchg() throws IrSyntaxException {
        boolean weak = cursor.acceptWord("weak");
        boolean isVolatile = cursor.acceptWord("volatile");
        Value pointer = pointerOperand("cmpxchg", "a cmpxchg address");
        cursor.consume(TokenKind.COMMA, "',' after cmpxchg address");
        Value expected = values.parseTypedValue("a cmpxchg compare value");
        cursor.consume(TokenKind.COMMA, "',' after cmpxchg compare value");
        Token newToken = cursor.peek();
        Value replacement = values.parseTypedValue("a cmpxchg new value");
        if (!expected.type().equals(replacement.type())) {
            throw cursor.error(newToken, "compare value and new value type do not match");
        }
        String scope = values.parseOptionalSyncScope();
        AtomicOrdering success = values.parseOrdering();
        AtomicOrdering failure = values.parseOrdering();
        long align = values.parseOptionalCommaAlign();
        return new CmpXchgInstruction(pointer, expected, replacement, success, failure, weak, isVolatile, scope, align);
    }

    private Instruction atomicRmw() throws IrSyntaxException {
        boolean isVolatile = cursor.acceptWord("volatile");
        Token opToken = cursor.expect(TokenKind.WORD, "atomicrmw operation");
        AtomicRmwOperation operation = null;
        for (AtomicRmwOperation o : AtomicRmwOperation.values()) {
            if (o.keyword().equals(opToken.text())) {
                operation = o;
            }
        }
        if (operation == null) {
            throw cursor.error(opToken, "expected binary operation in atomicrmw");
        }
        Value pointer = pointerOperand("atomicrmw", "a atomicrmw address");
        cursor.consume(TokenKind.COMMA, "',' after atomicrmw address");
        Value value = values.parseTypedValue("an atomicrmw operand");
        String scope = values.parseOptionalSyncScope();
        AtomicOrdering ordering = values.parseOrdering();
        long align = values.parseOptionalCommaAlign();
        return new AtomicRmwInstruction(operation, pointer, value, ordering, isVolatile, scope, align);
    }
}
