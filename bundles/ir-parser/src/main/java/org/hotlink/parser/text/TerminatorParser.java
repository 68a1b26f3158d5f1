package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.IndirectBranchInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.UnreachableInstruction;
import org.hotlink.ir.Value;
import org.hotlink.ir.VoidType;

/** Parses ret, br, switch, indirectbr and unreachable. */
final class TerminatorParser {
    private final ValueParser values;
    private final TokenCursor cursor;

    TerminatorParser(ValueParser values) {
        this.values = values;
        this.cursor = values.cursor;
    }

    Instruction parse(Opcode opcode, Token at) throws IrSyntaxException {
        return switch (opcode) {
            case RET -> ret();
            case BR -> br();
            case SWITCH -> switchInstruction();
            case INDIRECTBR -> indirectBr();
            case UNREACHABLE -> new UnreachableInstruction();
            default -> throw cursor.error(at, "expected terminator");
        };
    }

    private Instruction ret() throws IrSyntaxException {
        Type type = values.types.parseType();
        if (type instanceof VoidType) {
            return new ReturnInstruction(null);
        }
        return new ReturnInstruction(values.parseValue(type));
    }

    private Instruction br() throws IrSyntaxException {
        if (cursor.atWord("label")) {
            return new BranchInstruction(values.parseLabel());
        }
        int c = cursor.position();
        Value condition = values.parseTypedValue("a branch condition");
        if (!condition.type().equals(IntegerType.I1)) {
            throw cursor.error(cursor.token(c), "branch condition must have 'i1' type");
        }
        cursor.consume(TokenKind.COMMA, "',' after branch condition");
        BasicBlock t = values.parseLabel();
        cursor.consume(TokenKind.COMMA, "',' after true destination");
        BasicBlock f = values.parseLabel();
        return new BranchInstruction(condition, t, f);
    }

    private Instruction switchInstruction() throws IrSyntaxException {
        Token c = cursor.peek();
        Value condition = values.parseTypedValue("a switch condition");
        if (!(condition.type() instanceof IntegerType type)) {
            throw cursor.error(c, "switch condition must have integer type");
        }
        cursor.consume(TokenKind.COMMA, "',' after switch condition");
        SwitchInstruction s = new SwitchInstruction(condition, values.parseLabel());
        cursor.consume(TokenKind.LBRACKET, "'[' with switch table");
        Set<ConstantInt> seen = new HashSet<>();
        while (!cursor.accept(TokenKind.RBRACKET)) {
            Token caseToken = cursor.peek();
            Type caseType = values.types.parseFirstClassType("a case value");
            if (!caseType.equals(type)) {
                throw cursor.error(caseToken, "case value has type '" + caseType + "' but the condition is '" + type + "'");
            }
            Token valueToken = cursor.peek();
            if (!(values.constants.parseConstant(caseType) instanceof ConstantInt value)) {
                throw cursor.error(valueToken, "case value is not a constant integer");
            }
            if (!seen.add(value)) {
                throw cursor.error(valueToken, "duplicate case value in switch");
            }
            cursor.consume(TokenKind.COMMA, "',' after case value");
            s.addCase(value, values.parseLabel());
        }
        return s;
    }

    private Instruction indirectBr() throws IrSyntaxException {
        Token a = cursor.peek();
        Value address = values.parseTypedValue("an indirectbr address");
        if (!(address.type() instanceof PointerType)) {
            throw cursor.error(a, "indirectbr address must have pointer type");
        }
        cursor.consume(TokenKind.COMMA, "',' after indirectbr address");
        cursor.consume(TokenKind.LBRACKET, "'[' with destination list");
        List<BasicBlock> destinations = new ArrayList<>();
        if (!cursor.accept(TokenKind.RBRACKET)) {
            do {
                destinations.add(values.parseLabel());
            } while (cursor.accept(TokenKind.COMMA));
            cursor.consume(TokenKind.RBRACKET, "']' at end of destination list");
        }
        return new IndirectBranchInstruction(address, destinations);
    }
}
