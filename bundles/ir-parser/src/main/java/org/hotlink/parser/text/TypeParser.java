package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.List;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.LabelType;
import org.hotlink.ir.MetadataType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.TokenType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.VoidType;

/**
 * Parses types, including LLVM 14 typed pointers ({@code i32*}, {@code %struct.S*},
 * {@code void (i32)*}, {@code i8 addrspace(1)*}), which all become the opaque {@code ptr}.
 */
final class TypeParser {
    private final ModuleContext context;
    private final TokenCursor cursor;

    TypeParser(ModuleContext context) {
        this.context = context;
        this.cursor = context.cursor;
    }

    /** Any type, function types included (they are only legal where a caller accepts them). */
    Type parseType() throws IrSyntaxException {
        // Positions rather than token objects: the tokens are only needed for error messages.
        int start = cursor.position();
        Type type = parseBaseType();
        while (true) {
            if (cursor.accept(TokenKind.STAR)) {
                checkPointee(type, start);
                type = PointerType.PTR;
            } else if (cursor.atWord("addrspace") && cursor.aheadIs(1, TokenKind.LPAREN) && !type.isPointer()) {
                int space = parseAddressSpace();
                cursor.consume(TokenKind.STAR, "'*' after addrspace in a typed pointer");
                type = PointerType.get(space);
            } else if (cursor.at(TokenKind.LPAREN)) {
                type = parseFunctionTypeParameters(type, start);
            } else {
                return type;
            }
        }
    }

    /** A type that can be a value's type (not void, not a bare function type). */
    Type parseFirstClassType(String what) throws IrSyntaxException {
        int start = cursor.position();
        Type type = parseType();
        if (type instanceof VoidType || type instanceof FunctionType) {
            throw cursor.error(cursor.token(start), what + " cannot have type '" + type + "'");
        }
        return type;
    }

    /** {@code addrspace(N)}. */
    int parseAddressSpace() throws IrSyntaxException {
        cursor.expectWord("addrspace");
        cursor.consume(TokenKind.LPAREN, "'(' after addrspace");
        int space;
        if (cursor.at(TokenKind.STRING)) {
            // Symbolic address spaces ("A", "G", "P") refer to the data layout's defaults: all 0 here.
            cursor.skip();
            space = 0;
        } else {
            space = cursor.expectUnsigned("address space number");
        }
        cursor.consume(TokenKind.RPAREN, "')' after address space");
        return space;
    }

    private void checkPointee(Type pointee, int at) throws IrSyntaxException {
        if (pointee instanceof VoidType || pointee instanceof LabelType || pointee instanceof MetadataType
                || pointee instanceof TokenType) {
            throw cursor.error(cursor.token(at), "pointer to '" + pointee + "' is invalid");
        }
    }

    private Type parseBaseType() throws IrSyntaxException {
        switch (cursor.kind()) {
            case LOCAL_VAR, LOCAL_ID -> {
                Token t = cursor.next();
                return context.namedType(t.text(), t);
            }
            case LBRACKET -> {
                return parseSequential(TokenKind.RBRACKET);
            }
            case LESS -> {
                if (cursor.aheadIs(1, TokenKind.LBRACE)) {
                    cursor.skip();
                    List<Type> elements = parseStructBody();
                    cursor.consume(TokenKind.GREATER, "'>' closing a packed struct type");
                    return new StructType(elements, true);
                }
                return parseSequential(TokenKind.GREATER);
            }
            case LBRACE -> {
                return new StructType(parseStructBody(), false);
            }
            case WORD -> {
                int at = cursor.position();
                String w = cursor.text();
                cursor.skip();
                return wordType(w, at);
            }
            default -> throw cursor.error("expected type");
        }
    }

    /** The type named by the word {@code w} (already consumed) at position {@code at}. */
    private Type wordType(String w, int at) throws IrSyntaxException {
        switch (w) {
            // The common integer widths first hand, without parsing the width.
            case "i1": return IntegerType.I1;
            case "i8": return IntegerType.I8;
            case "i16": return IntegerType.I16;
            case "i32": return IntegerType.I32;
            case "i64": return IntegerType.I64;
            case "void": return VoidType.VOID;
            case "half": return FloatingType.HALF;
            case "bfloat": return FloatingType.BFLOAT;
            case "float": return FloatingType.FLOAT;
            case "double": return FloatingType.DOUBLE;
            case "x86_fp80": return FloatingType.X86_FP80;
            case "fp128": return FloatingType.FP128;
            case "ppc_fp128": return FloatingType.PPC_FP128;
            case "label": return LabelType.LABEL;
            case "metadata": return MetadataType.METADATA;
            case "token": return TokenType.TOKEN;
            case "ptr":
                if (cursor.atWord("addrspace")) {
                    return PointerType.get(parseAddressSpace());
                }
                return PointerType.PTR;
            case "x86_mmx", "x86_amx":
                throw cursor.error(cursor.token(at), "unsupported: type '" + w + "'");
            case "target":
                throw cursor.error(cursor.token(at), "unsupported: target extension types");
            default:
                if (isIntegerTypeName(w)) {
                    if (w.length() > 8) {
                        throw cursor.error(cursor.token(at), "bitwidth for integer type out of range");
                    }
                    int bits = Integer.parseInt(w.substring(1));
                    if (bits < 1 || bits > IntegerType.MAX_BITS) {
                        throw cursor.error(cursor.token(at), "bitwidth for integer type out of range");
                    }
                    return IntegerType.get(bits);
                }
                throw cursor.error(cursor.token(at), "expected type");
        }
    }

    private static boolean isIntegerTypeName(String w) {
        if (w.length() < 2 || w.charAt(0) != 'i') {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code [N x T]} or {@code <N x T>} / {@code <vscale x N x T>}; the opening token is current. */
    private Type parseSequential(TokenKind close) throws IrSyntaxException {
        boolean vector = close == TokenKind.GREATER;
        cursor.skip();
        boolean scalable = false;
        if (vector && cursor.atWord("vscale")) {
            cursor.skip();
            cursor.expectWord("x");
            scalable = true;
        }
        Token lengthToken = cursor.peek();
        if (!lengthToken.is(TokenKind.INTEGER) || lengthToken.text().startsWith("-") || lengthToken.text().length() > 18) {
            throw cursor.error("expected number in " + (vector ? "vector" : "array") + " type");
        }
        cursor.skip();
        long length = Long.parseLong(lengthToken.text());
        cursor.expectWord("x");
        Token elementToken = cursor.peek();
        Type element = parseType();
        if (vector) {
            if (length == 0) {
                throw cursor.error(lengthToken, "zero element vector is invalid");
            }
            if (!(element instanceof IntegerType || element instanceof FloatingType || element instanceof PointerType)) {
                throw cursor.error(elementToken, "invalid vector element type");
            }
            cursor.consume(TokenKind.GREATER, "'>' at end of vector type");
            return new VectorType(length, element, scalable);
        }
        if (element instanceof VoidType || element instanceof FunctionType || element instanceof LabelType
                || element instanceof MetadataType) {
            throw cursor.error(elementToken, "invalid array element type");
        }
        cursor.consume(TokenKind.RBRACKET, "']' at end of array type");
        return new ArrayType(length, element);
    }

    /** {@code { T, ... }} with the {@code {} current; returns the element types. */
    List<Type> parseStructBody() throws IrSyntaxException {
        cursor.consume(TokenKind.LBRACE, "'{'");
        List<Type> elements = new ArrayList<>();
        if (cursor.accept(TokenKind.RBRACE)) {
            return elements;
        }
        do {
            Token at = cursor.peek();
            Type element = parseType();
            if (element instanceof VoidType || element instanceof FunctionType || element instanceof LabelType
                    || element instanceof MetadataType) {
                throw cursor.error(at, "invalid element type for struct");
            }
            elements.add(element);
        } while (cursor.accept(TokenKind.COMMA));
        cursor.consume(TokenKind.RBRACE, "'}' at end of struct type");
        return elements;
    }

    /** {@code R (T1, T2, ...)} with {@code (} current. */
    private FunctionType parseFunctionTypeParameters(Type returnType, int start) throws IrSyntaxException {
        if (returnType instanceof FunctionType || returnType instanceof LabelType || returnType instanceof MetadataType) {
            throw cursor.error(cursor.token(start), "invalid function return type");
        }
        cursor.consume(TokenKind.LPAREN, "'('");
        List<Type> parameters = new ArrayList<>();
        boolean varArgs = false;
        if (!cursor.accept(TokenKind.RPAREN)) {
            do {
                if (cursor.accept(TokenKind.ELLIPSIS)) {
                    varArgs = true;
                    break;
                }
                parameters.add(parseFirstClassType("a parameter"));
                AttributeParser.skipParameterAttributes(cursor, this);
            } while (cursor.accept(TokenKind.COMMA));
            cursor.consume(TokenKind.RPAREN, "')' at end of function type");
        }
        return new FunctionType(returnType, parameters, varArgs);
    }
}
