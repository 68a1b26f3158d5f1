package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CallingConvention;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.InlineAsm;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.MetadataValue;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.TailKind;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/**
 * Parses {@code [tail|musttail|notail] call [fast-math] [cc] [ret attrs] [addrspace(N)] T callee(args)
 * [fn attrs] [operand bundles]}, with metadata arguments ({@code llvm.dbg.*}) and inline assembly callees.
 */
final class CallParser {
    /** Named calling conventions and LLVM's numbers for them. */
    static final Map<String, Integer> CALLING_CONVENTIONS = Map.ofEntries(
            Map.entry("ccc", 0), Map.entry("fastcc", 8), Map.entry("coldcc", 9), Map.entry("ghccc", 10),
            Map.entry("webkit_jscc", 12), Map.entry("anyregcc", 13), Map.entry("preserve_mostcc", 14),
            Map.entry("preserve_allcc", 15), Map.entry("swiftcc", 16), Map.entry("cxx_fast_tlscc", 17),
            Map.entry("tailcc", 18), Map.entry("cfguard_checkcc", 19), Map.entry("swifttailcc", 20),
            Map.entry("preserve_nonecc", 21), Map.entry("x86_stdcallcc", 64), Map.entry("x86_fastcallcc", 65),
            Map.entry("x86_thiscallcc", 70), Map.entry("intel_ocl_bicc", 77), Map.entry("x86_64_sysvcc", 78),
            Map.entry("win64cc", 79), Map.entry("x86_vectorcallcc", 80), Map.entry("x86_regcallcc", 92));

    private final ValueParser values;
    private final TokenCursor cursor;

    CallParser(ValueParser values) {
        this.values = values;
        this.cursor = values.cursor;
    }

    /** An optional calling convention keyword ({@code fastcc}, {@code cc 10}, ...); C when absent. */
    static CallingConvention parseCallingConvention(TokenCursor cursor) throws IrSyntaxException {
        Token t = cursor.peek();
        if (t.isWord("cc")) {
            cursor.skip();
            return CallingConvention.of(cursor.expectUnsigned("calling convention number"));
        }
        if (t.is(TokenKind.WORD) && CALLING_CONVENTIONS.containsKey(t.text())) {
            cursor.skip();
            return CallingConvention.of(CALLING_CONVENTIONS.get(t.text()));
        }
        return CallingConvention.C;
    }

    Instruction parse() throws IrSyntaxException {
        TailKind tail = TailKind.NONE;
        if (cursor.acceptWord("tail")) {
            tail = TailKind.TAIL;
        } else if (cursor.acceptWord("musttail")) {
            tail = TailKind.MUST_TAIL;
        } else if (cursor.acceptWord("notail")) {
            tail = TailKind.NO_TAIL;
        }
        cursor.expectWord("call");
        List<String> fastMath = List.of();
        while (values.context.flagWords.atFlag(cursor) && InstructionParser.FAST_MATH.contains(cursor.text())) {
            if (fastMath.isEmpty()) {
                fastMath = new ArrayList<>();
            }
            fastMath.add(cursor.next().text());
        }
        CallingConvention cc = parseCallingConvention(cursor);
        AttributeSet returnAttributes = values.attributes.parseParameterAttributes();
        if (cursor.atWord("addrspace")) {
            values.types.parseAddressSpace();
        }
        // Positions, not token objects: the tokens are needed only for error messages.
        int typeToken = cursor.position();
        Type type = values.types.parseType();
        int calleeToken = cursor.position();
        Value callee;
        boolean inlineAsm = cursor.atWord("asm");
        String[] asm = null;
        boolean sideEffects = false;
        if (inlineAsm) {
            cursor.skip();
            while (cursor.at(TokenKind.WORD) && !cursor.peek().text().equals("asm")
                    && List.of("sideeffect", "alignstack", "inteldialect", "unwind").contains(cursor.peek().text())) {
                sideEffects |= cursor.next().text().equals("sideeffect");
            }
            String text = Lexer.utf8(cursor.expect(TokenKind.STRING, "inline assembly string").text());
            cursor.consume(TokenKind.COMMA, "',' after inline assembly string");
            String constraints = Lexer.utf8(cursor.expect(TokenKind.STRING, "inline assembly constraints").text());
            asm = new String[] {text, constraints};
            callee = null;
        } else {
            callee = values.parseValue(PointerType.PTR);
        }
        List<Value> arguments = new ArrayList<>();
        List<AttributeSet> argumentAttributes = new ArrayList<>();
        parseArguments(arguments, argumentAttributes);
        FunctionType functionType = functionType(type, arguments, typeToken);
        if (inlineAsm) {
            callee = new InlineAsm(functionType, asm[0], asm[1], sideEffects);
        }
        AttributeSet functionAttributes = values.attributes.parseFunctionAttributes();
        if (cursor.at(TokenKind.LBRACKET)) {
            boolean assume = callee instanceof Function f && f.name().equals("llvm.assume");
            if (!assume) {
                throw cursor.error("unsupported: operand bundles on a call to " + cursor.token(calleeToken).describe());
            }
            cursor.skipBalanced();
        }
        CallInstruction call = new CallInstruction(functionType, callee, arguments, argumentAttributes, returnAttributes,
                functionAttributes, cc, tail);
        fastMath.forEach(call::addFastMathFlag);
        return call;
    }

    private void parseArguments(List<Value> arguments, List<AttributeSet> attributes) throws IrSyntaxException {
        cursor.consume(TokenKind.LPAREN, "'(' in call");
        if (cursor.accept(TokenKind.RPAREN)) {
            return;
        }
        do {
            if (cursor.at(TokenKind.ELLIPSIS)) {
                throw cursor.error("unsupported: '...' in a musttail call's arguments");
            }
            if (cursor.atWord("metadata")) {
                arguments.add(metadataArgument());
                attributes.add(AttributeSet.EMPTY);
                continue;
            }
            Type type = values.types.parseFirstClassType("a call argument");
            attributes.add(values.attributes.parseParameterAttributes());
            arguments.add(values.parseValue(type));
        } while (cursor.accept(TokenKind.COMMA));
        cursor.consume(TokenKind.RPAREN, "')' at end of argument list");
    }

    /** {@code metadata !12}, {@code metadata ptr %x}, {@code metadata !DIExpression()}: parsed and dropped. */
    private Value metadataArgument() throws IrSyntaxException {
        Token start = cursor.next();
        Token t = cursor.peek();
        if (t.is(TokenKind.METADATA_NAME) || t.is(TokenKind.EXCLAIM) || t.isWord("distinct")) {
            values.metadata.skipMetadataValue();
        } else {
            Type type = values.types.parseFirstClassType("a metadata value");
            Token v = cursor.peek();
            if (v.is(TokenKind.LOCAL_VAR) || v.is(TokenKind.LOCAL_ID)) {
                cursor.skip();
            } else {
                values.constants.parseConstant(type);
            }
        }
        return new MetadataValue("metadata at line " + start.line());
    }

    private FunctionType functionType(Type type, List<Value> arguments, int typePosition) throws IrSyntaxException {
        if (type instanceof FunctionType f) {
            int fixed = f.parameterCount();
            if (arguments.size() < fixed || (!f.isVarArgs() && arguments.size() != fixed)) {
                throw cursor.error(cursor.token(typePosition), "call has " + arguments.size() + " arguments but its type '" + f + "' takes "
                        + fixed + (f.isVarArgs() ? " or more" : ""));
            }
            for (int i = 0; i < fixed; i++) {
                if (!arguments.get(i).type().equals(f.parameterType(i))) {
                    throw cursor.error(cursor.token(typePosition), "argument " + i + " has type '" + arguments.get(i).type()
                            + "' but the function type expects '" + f.parameterType(i) + "'");
                }
            }
            return f;
        }
        List<Type> parameters = new ArrayList<>();
        for (Value a : arguments) {
            parameters.add(a.type());
        }
        return new FunctionType(type, parameters, false);
    }
}
