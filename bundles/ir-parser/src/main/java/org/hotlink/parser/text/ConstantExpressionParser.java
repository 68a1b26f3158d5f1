package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.Predicate;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;

/**
 * Parses constant expressions ({@code getelementptr inbounds (T, ptr @g, i64 1)}, casts, binary
 * operations, comparisons, select, vector element operations), nested to any depth.
 */
final class ConstantExpressionParser {
    static final Set<String> BINARY_FLAGS = Set.of("nuw", "nsw", "exact", "disjoint");
    static final Set<String> GEP_FLAGS = Set.of("inbounds", "nusw", "nuw");

    private final TokenCursor cursor;
    private final TypeParser types;
    private final ConstantParser constants;
    private final IndexedTypes indexed;

    ConstantExpressionParser(ModuleContext context, TypeParser types, ConstantParser constants) {
        this.cursor = context.cursor;
        this.types = types;
        this.constants = constants;
        this.indexed = new IndexedTypes(cursor);
    }

    /** The expression at the current WORD token, which must have type {@code expected}. */
    Constant parse(Type expected) throws IrSyntaxException {
        Token start = cursor.peek();
        Opcode opcode = Opcode.fromKeyword(start.text());
        if (opcode == null) {
            throw cursor.error("expected value of type '" + expected + "'");
        }
        cursor.skip();
        ConstantExpression e;
        if (opcode.isCast()) {
            e = cast(opcode);
        } else if (opcode.isBinary()) {
            e = binary(opcode, start);
        } else {
            e = switch (opcode) {
                case GETELEMENTPTR -> getElementPtr(start);
                case ICMP, FCMP -> compare(opcode, start);
                case SELECT -> select(start);
                case EXTRACTELEMENT -> extractElement(start);
                case INSERTELEMENT -> insertElement(start);
                case SHUFFLEVECTOR -> shuffleVector(start);
                default -> throw cursor.error(start, "unsupported: constant expression '" + start.text() + "'");
            };
        }
        if (!e.type().equals(expected)) {
            throw cursor.error(start, "constant expression type mismatch: expected '" + expected + "' but found '"
                    + e.type() + "'");
        }
        return e;
    }

    private ConstantExpression cast(Opcode opcode) throws IrSyntaxException {
        constants.parseFlags(Set.of("nuw", "nsw", "nneg"));
        cursor.consume(TokenKind.LPAREN, "'(' after cast constant expression");
        Constant operand = constants.parseTypedConstant();
        cursor.expectWord("to");
        Type destination = types.parseFirstClassType("a cast result");
        cursor.consume(TokenKind.RPAREN, "')' at end of constant cast");
        return new ConstantExpression(opcode, destination, List.of(operand), Set.of(), null, null);
    }

    private ConstantExpression binary(Opcode opcode, Token start) throws IrSyntaxException {
        Set<String> flags = constants.parseFlags(BINARY_FLAGS);
        cursor.consume(TokenKind.LPAREN, "'(' after binary constant expression");
        Constant lhs = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "',' between operands");
        Constant rhs = constants.parseTypedConstant();
        cursor.consume(TokenKind.RPAREN, "')' at end of binary constant expression");
        if (!lhs.type().equals(rhs.type())) {
            throw cursor.error(start, "operands of constant expression must have the same type");
        }
        return new ConstantExpression(opcode, lhs.type(), List.of(lhs, rhs), flags, null, null);
    }

    private ConstantExpression compare(Opcode opcode, Token start) throws IrSyntaxException {
        Token p = cursor.expect(TokenKind.WORD, "comparison predicate");
        Predicate predicate = opcode == Opcode.ICMP ? Predicate.integerPredicate(p.text()) : Predicate.floatPredicate(p.text());
        if (predicate == null) {
            throw cursor.error(p, "expected " + opcode.keyword() + " predicate");
        }
        cursor.consume(TokenKind.LPAREN, "'(' after compare predicate");
        Constant lhs = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "',' between operands");
        Constant rhs = constants.parseTypedConstant();
        cursor.consume(TokenKind.RPAREN, "')' at end of compare constant expression");
        if (!lhs.type().equals(rhs.type())) {
            throw cursor.error(start, "compare operands must have the same type");
        }
        Type result = lhs.type() instanceof VectorType v ? new VectorType(v.length(), IntegerType.I1, v.isScalable())
                : IntegerType.I1;
        return new ConstantExpression(opcode, result, List.of(lhs, rhs), Set.of(), null, predicate);
    }

    private ConstantExpression getElementPtr(Token start) throws IrSyntaxException {
        Set<String> flags = constants.parseFlags(GEP_FLAGS);
        skipInRange();
        cursor.consume(TokenKind.LPAREN, "'(' after getelementptr");
        Type source = types.parseFirstClassType("a getelementptr source element");
        cursor.consume(TokenKind.COMMA, "',' after getelementptr source type");
        List<Constant> operands = new ArrayList<>();
        operands.add(constants.parseTypedConstant());
        while (cursor.accept(TokenKind.COMMA)) {
            skipInRange();
            operands.add(constants.parseTypedConstant());
        }
        cursor.consume(TokenKind.RPAREN, "')' at end of getelementptr");
        Type result = indexed.gepResultType(source, new ArrayList<>(operands), start);
        return new ConstantExpression(Opcode.GETELEMENTPTR, result, operands, flags, source, null);
    }

    /** {@code inrange} (LLVM 14: before an index) or {@code inrange(a, b)} (LLVM 19: after the flags). */
    private void skipInRange() throws IrSyntaxException {
        if (cursor.acceptWord("inrange") && cursor.at(TokenKind.LPAREN)) {
            cursor.skipBalanced();
        }
    }

    private ConstantExpression select(Token start) throws IrSyntaxException {
        cursor.consume(TokenKind.LPAREN, "'(' after select");
        Constant condition = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "','");
        Constant a = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "','");
        Constant b = constants.parseTypedConstant();
        cursor.consume(TokenKind.RPAREN, "')' at end of select");
        if (!a.type().equals(b.type()) || !condition.type().scalarType().equals(IntegerType.I1)) {
            throw cursor.error(start, "invalid operands for select constant expression");
        }
        return new ConstantExpression(Opcode.SELECT, a.type(), List.of(condition, a, b), Set.of(), null, null);
    }

    private ConstantExpression extractElement(Token start) throws IrSyntaxException {
        cursor.consume(TokenKind.LPAREN, "'(' after extractelement");
        Constant vector = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "','");
        Constant index = constants.parseTypedConstant();
        cursor.consume(TokenKind.RPAREN, "')'");
        if (!(vector.type() instanceof VectorType v) || !index.type().isInteger()) {
            throw cursor.error(start, "invalid extractelement operands");
        }
        return new ConstantExpression(Opcode.EXTRACTELEMENT, v.elementType(), List.of(vector, index), Set.of(), null, null);
    }

    private ConstantExpression insertElement(Token start) throws IrSyntaxException {
        cursor.consume(TokenKind.LPAREN, "'(' after insertelement");
        Constant vector = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "','");
        Constant element = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "','");
        Constant index = constants.parseTypedConstant();
        cursor.consume(TokenKind.RPAREN, "')'");
        if (!(vector.type() instanceof VectorType v) || !v.elementType().equals(element.type()) || !index.type().isInteger()) {
            throw cursor.error(start, "invalid insertelement operands");
        }
        return new ConstantExpression(Opcode.INSERTELEMENT, v, List.of(vector, element, index), Set.of(), null, null);
    }

    private ConstantExpression shuffleVector(Token start) throws IrSyntaxException {
        cursor.consume(TokenKind.LPAREN, "'(' after shufflevector");
        Constant a = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "','");
        Constant b = constants.parseTypedConstant();
        cursor.consume(TokenKind.COMMA, "','");
        Constant mask = constants.parseTypedConstant();
        cursor.consume(TokenKind.RPAREN, "')'");
        if (!(a.type() instanceof VectorType v) || !a.type().equals(b.type()) || !(mask.type() instanceof VectorType m)) {
            throw cursor.error(start, "invalid shufflevector operands");
        }
        return new ConstantExpression(Opcode.SHUFFLEVECTOR, new VectorType(m.length(), v.elementType(), v.isScalable()),
                List.of(a, b, mask), Set.of(), null, null);
    }
}
