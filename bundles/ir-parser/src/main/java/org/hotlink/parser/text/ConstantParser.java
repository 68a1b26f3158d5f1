package org.hotlink.parser.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.ConstantString;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.ConstantToken;
import org.hotlink.ir.ConstantVector;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.LabelType;
import org.hotlink.ir.MetadataType;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.StructType;
import org.hotlink.ir.TokenType;
import org.hotlink.ir.Type;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.VoidType;
import org.hotlink.ir.ZeroInitializer;

/** Parses constants of a known type: literals, aggregates, globals, blockaddress (expressions in {@link ConstantExpressionParser}). */
final class ConstantParser {
    private final ModuleContext context;
    private final TokenCursor cursor;
    private final TypeParser types;
    private final ConstantExpressionParser expressions;

    ConstantParser(ModuleContext context, TypeParser types) {
        this.context = context;
        this.cursor = context.cursor;
        this.types = types;
        this.expressions = new ConstantExpressionParser(context, types, this);
    }

    /** {@code T c}. */
    Constant parseTypedConstant() throws IrSyntaxException {
        Type type = types.parseFirstClassType("a constant");
        return parseConstant(type);
    }

    /** A constant of {@code type}. */
    Constant parseConstant(Type type) throws IrSyntaxException {
        Constant simple = simpleConstant(type);
        if (simple != null) {
            return simple;
        }
        Token t = cursor.peek();
        switch (t.kind()) {
            case GLOBAL_VAR, GLOBAL_ID -> {
                cursor.skip();
                return global(t, type);
            }
            case INTEGER, HEX_INTEGER -> {
                cursor.skip();
                return integer(t, type);
            }
            case FLOAT -> {
                cursor.skip();
                if (!(type instanceof FloatingType ft)) {
                    throw cursor.error(t, "floating point constant invalid for type '" + type + "'");
                }
                ConstantFloat c = FloatLiterals.parse(t.text(), ft);
                if (c == null) {
                    throw cursor.error(t, "floating point constant invalid for type '" + type + "'");
                }
                return c;
            }
            case C_STRING -> {
                cursor.skip();
                byte[] bytes = t.text().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!(type instanceof ArrayType at) || !at.elementType().equals(IntegerType.I8) || at.length() != bytes.length) {
                    throw cursor.error(t, "constant string of " + bytes.length + " bytes does not match type '" + type + "'");
                }
                return new ConstantString(at, bytes);
            }
            case LBRACKET -> {
                return array(type);
            }
            case LBRACE -> {
                return struct(type, false);
            }
            case LESS -> {
                if (cursor.aheadIs(1, TokenKind.LBRACE)) {
                    cursor.skip();
                    Constant c = struct(type, true);
                    cursor.consume(TokenKind.GREATER, "'>' closing a packed struct constant");
                    return c;
                }
                return vector(type);
            }
            case WORD -> {
                return word(t, type);
            }
            case LOCAL_VAR, LOCAL_ID -> throw cursor.error(t, "local value " + t.describe() + " cannot be used in a constant");
            default -> throw cursor.error("expected value of type '" + type + "'");
        }
    }

    /**
     * The common valid cases, a decimal that fits a long and a global of pointer type, read without
     * making a token object; null (nothing consumed) otherwise, for {@link #parseConstant}'s general path.
     */
    private Constant simpleConstant(Type type) throws IrSyntaxException {
        TokenKind kind = cursor.kind();
        if (kind == TokenKind.INTEGER && type instanceof IntegerType it) {
            String text = cursor.text();
            if (text.length() <= 18) {
                long value = Long.parseLong(text);
                if (64 - Long.numberOfLeadingZeros(value < 0 ? ~value : value) + (value < 0 ? 1 : 0) <= it.bits()) {
                    cursor.skip();
                    return ConstantInt.of(it, value);
                }
            }
        } else if ((kind == TokenKind.GLOBAL_VAR || kind == TokenKind.GLOBAL_ID) && type.isPointer()) {
            GlobalValue g = context.global(cursor.textIdAt(cursor.position()));
            if (g != null) {
                cursor.skip();
                return g;
            }
        }
        return null;
    }

    private Constant word(Token t, Type type) throws IrSyntaxException {
        switch (t.text()) {
            case "true", "false" -> {
                cursor.skip();
                if (!type.equals(IntegerType.I1)) {
                    throw cursor.error(t, "integer constant must have integer type");
                }
                return ConstantInt.ofBoolean(t.text().equals("true"));
            }
            case "null" -> {
                cursor.skip();
                if (!type.isPointer()) {
                    throw cursor.error(t, "null must be a pointer type");
                }
                return new ConstantNull(type);
            }
            case "undef", "poison" -> {
                cursor.skip();
                if (type instanceof VoidType || type instanceof LabelType || type instanceof FunctionType
                        || type instanceof MetadataType) {
                    throw cursor.error(t, "invalid type for " + t.text() + " constant");
                }
                return t.text().equals("undef") ? new UndefValue(type) : new PoisonValue(type);
            }
            case "zeroinitializer" -> {
                cursor.skip();
                if (type instanceof VoidType || type instanceof LabelType || type instanceof FunctionType
                        || type instanceof MetadataType || (type instanceof StructType s && s.isOpaque())) {
                    throw cursor.error(t, "invalid type for null constant");
                }
                return new ZeroInitializer(type);
            }
            case "none" -> {
                cursor.skip();
                if (!(type instanceof TokenType)) {
                    throw cursor.error(t, "invalid type for none constant");
                }
                return new ConstantToken(type);
            }
            case "blockaddress" -> {
                cursor.skip();
                return blockAddress(t, type);
            }
            case "dso_local_equivalent", "no_cfi" -> throw cursor.error(t, "unsupported: " + t.text());
            default -> {
                return expressions.parse(type);
            }
        }
    }

    private Constant global(Token t, Type type) throws IrSyntaxException {
        GlobalValue g = context.global(t.textId());
        if (g == null) {
            throw cursor.error(t, "use of undefined value '@" + t.text() + "'");
        }
        if (!type.isPointer()) {
            throw cursor.error(t, "global variable reference must have pointer type");
        }
        return g;
    }

    private Constant integer(Token t, Type type) throws IrSyntaxException {
        if (!(type instanceof IntegerType it)) {
            throw cursor.error(t, "integer constant must have integer type, not '" + type + "'");
        }
        int bits = it.bits();
        String text = t.text();
        if (t.is(TokenKind.INTEGER) && text.length() <= 18) {
            // The usual case: a decimal that fits a long, checked and stored without a BigInteger.
            long value = Long.parseLong(text);
            if (64 - Long.numberOfLeadingZeros(value < 0 ? ~value : value) + (value < 0 ? 1 : 0) > bits) {
                throw cursor.error(t, "integer constant " + text + " does not fit type '" + type + "'");
            }
            return ConstantInt.of(it, value);
        }
        BigInteger value;
        if (t.is(TokenKind.HEX_INTEGER)) {
            String hex = t.text().substring(3);
            value = new BigInteger(hex, 16);
            int width = 4 * hex.length();
            if (t.text().charAt(0) == 's' && value.testBit(width - 1)) {
                value = value.subtract(BigInteger.ONE.shiftLeft(width));
            }
        } else {
            value = new BigInteger(text);
        }
        if (value.signum() >= 0 ? value.bitLength() > bits : value.bitLength() >= bits) {
            throw cursor.error(t, "integer constant " + t.text() + " does not fit type '" + type + "'");
        }
        return new ConstantInt(it, value);
    }

    private Constant array(Type type) throws IrSyntaxException {
        Token open = cursor.next();
        if (!(type instanceof ArrayType at)) {
            throw cursor.error(open, "array constant invalid for type '" + type + "'");
        }
        List<Constant> elements = elementList(TokenKind.RBRACKET, "']' at end of array constant");
        if (elements.size() != at.length()) {
            throw cursor.error(open, "array constant has " + elements.size() + " elements but type '" + type
                    + "' needs " + at.length());
        }
        checkElements(elements, List.of(), at.elementType(), open);
        return new ConstantArray(at, elements);
    }

    private Constant vector(Type type) throws IrSyntaxException {
        Token open = cursor.next();
        if (!(type instanceof VectorType vt)) {
            throw cursor.error(open, "vector constant invalid for type '" + type + "'");
        }
        List<Constant> elements = elementList(TokenKind.GREATER, "'>' at end of vector constant");
        if (elements.size() != vt.length()) {
            throw cursor.error(open, "vector constant has " + elements.size() + " elements but type '" + type
                    + "' needs " + vt.length());
        }
        checkElements(elements, List.of(), vt.elementType(), open);
        return new ConstantVector(vt, elements);
    }

    private Constant struct(Type type, boolean packed) throws IrSyntaxException {
        Token open = cursor.peek();
        cursor.consume(TokenKind.LBRACE, "'{'");
        if (!(type instanceof StructType st) || st.isOpaque() || st.isPacked() != packed) {
            throw cursor.error(open, "struct constant invalid for type '" + type + "'");
        }
        List<Constant> elements = elementList(TokenKind.RBRACE, "'}' at end of struct constant");
        if (elements.size() != st.elementCount()) {
            throw cursor.error(open, "struct constant has " + elements.size() + " elements but type '" + type
                    + "' needs " + st.elementCount());
        }
        checkElements(elements, st.elements(), null, open);
        return new ConstantStruct(st, elements);
    }

    private List<Constant> elementList(TokenKind close, String what) throws IrSyntaxException {
        List<Constant> elements = new ArrayList<>();
        if (cursor.accept(close)) {
            return elements;
        }
        do {
            elements.add(parseTypedConstant());
        } while (cursor.accept(TokenKind.COMMA));
        cursor.consume(close, what);
        return elements;
    }

    private void checkElements(List<Constant> elements, List<Type> perElement, Type common, Token at)
            throws IrSyntaxException {
        for (int i = 0; i < elements.size(); i++) {
            Type expected = common != null ? common : perElement.get(i);
            if (!elements.get(i).type().equals(expected)) {
                throw cursor.error(at, "element " + i + " has type '" + elements.get(i).type() + "' but expected '"
                        + expected + "'");
            }
        }
    }

    private Constant blockAddress(Token t, Type type) throws IrSyntaxException {
        cursor.consume(TokenKind.LPAREN, "'(' after blockaddress");
        Token fn = cursor.peek();
        if (!fn.is(TokenKind.GLOBAL_VAR) && !fn.is(TokenKind.GLOBAL_ID)) {
            throw cursor.error("expected function name in blockaddress");
        }
        cursor.skip();
        if (!(context.globals.get(fn.text()) instanceof Function f)) {
            throw cursor.error(fn, "expected function name in blockaddress, not " + fn.describe());
        }
        cursor.consume(TokenKind.COMMA, "',' in blockaddress");
        Token block = cursor.peek();
        if (!block.is(TokenKind.LOCAL_VAR) && !block.is(TokenKind.LOCAL_ID)) {
            throw cursor.error("expected basic block name in blockaddress");
        }
        cursor.skip();
        cursor.consume(TokenKind.RPAREN, "')' after blockaddress");
        if (!type.isPointer()) {
            throw cursor.error(t, "type of blockaddress must be a pointer");
        }
        BlockAddress address = new BlockAddress(f, block.text());
        context.addBlockAddress(new ModuleContext.PendingBlockAddress(address, block));
        return address;
    }

    /** As {@link #parseFlags}, for callers that only read the result: an immutable empty set when there are none. */
    Set<String> parseInstructionFlags(Set<String> allowed) throws IrSyntaxException {
        if (!context.flagWords.atFlag(cursor) || !allowed.contains(cursor.text())) {
            return Set.of();
        }
        return parseFlags(allowed);
    }

    /** Keyword flags such as {@code nuw nsw exact inbounds} that follow an opcode. */
    Set<String> parseFlags(Set<String> allowed) throws IrSyntaxException {
        Set<String> flags = new LinkedHashSet<>();
        while (cursor.at(TokenKind.WORD) && allowed.contains(cursor.peek().text())) {
            flags.add(cursor.next().text());
        }
        return flags;
    }
}
