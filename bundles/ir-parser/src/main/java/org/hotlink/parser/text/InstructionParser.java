package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantAggregate;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ExtractElementInstruction;
import org.hotlink.ir.ExtractValueInstruction;
import org.hotlink.ir.InsertElementInstruction;
import org.hotlink.ir.InsertValueInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.Predicate;
import org.hotlink.ir.SelectInstruction;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.UnaryInstruction;
import org.hotlink.ir.VaArgInstruction;
import org.hotlink.ir.Value;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.ZeroInitializer;

/**
 * Parses one instruction after its optional {@code %x =}: dispatches on the opcode keyword and
 * handles arithmetic, casts, comparisons, select, phi, vector and aggregate operations itself;
 * memory, call and terminator instructions have their own parsers.
 */
final class InstructionParser {
    static final Set<String> FAST_MATH = Set.of("nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast");
    static final Set<String> CAST_FLAGS = Set.of("nuw", "nsw", "nneg");
    static final Set<String> COMPARE_FLAGS = Set.of("samesign");
    private static final Set<String> UNSUPPORTED = Set.of("invoke", "callbr", "resume", "landingpad", "catchswitch",
            "catchret", "cleanupret", "catchpad", "cleanuppad");

    /** LLParser's message (and llc-19's) when a function body stops at the end of the file. */
    static final String END_OF_FILE_IN_BODY = "found end of file when expecting more instructions";

    private final ValueParser values;
    private final TokenCursor cursor;
    private final MemoryInstructionParser memory;
    private final CallParser calls;
    private final TerminatorParser terminators;

    /** Opcodes by the text number of their keyword (null for other texts), so no keyword is hashed per instruction. */
    private final Opcode[] opcodeByText;

    InstructionParser(ValueParser values) {
        this.values = values;
        this.cursor = values.cursor;
        this.opcodeByText = new Opcode[cursor.textCount()];
        for (Opcode o : Opcode.values()) {
            int id = cursor.textId(o.keyword());
            if (id >= 0) {
                opcodeByText[id] = o;
            }
        }
        this.memory = new MemoryInstructionParser(values);
        this.calls = new CallParser(values);
        this.terminators = new TerminatorParser(values);
    }

    /** The instruction whose opcode keyword is current. */
    Instruction parse() throws IrSyntaxException {
        Token t = cursor.peek();
        if (t.is(TokenKind.EOF)) {
            throw cursor.error(END_OF_FILE_IN_BODY);
        }
        if (!t.is(TokenKind.WORD)) {
            throw cursor.error("expected instruction opcode");
        }
        String word = t.text();
        Opcode opcode = opcodeByText[t.textId()];
        if (opcode == Opcode.CALL || opcode == null
                && (word.equals("tail") || word.equals("musttail") || word.equals("notail"))) {
            return calls.parse();
        }
        if (opcode == null) {
            throw cursor.error(t, UNSUPPORTED.contains(word) ? "unsupported: '" + word + "' (exception handling)"
                    : "expected instruction opcode");
        }
        cursor.skip();
        if (opcode.isTerminator()) {
            return terminators.parse(opcode, t);
        }
        if (opcode.isBinary()) {
            return binary(opcode, t);
        }
        if (opcode.isCast()) {
            return cast(opcode, t);
        }
        return switch (opcode) {
            case FNEG -> fneg(t);
            case FREEZE -> new UnaryInstruction(Opcode.FREEZE, values.parseTypedValue("a freeze operand"));
            case ICMP, FCMP -> compare(opcode, t);
            case SELECT -> select(t);
            case PHI -> phi(t);
            case VA_ARG -> vaArg();
            case EXTRACTVALUE -> extractValue(t);
            case INSERTVALUE -> insertValue(t);
            case EXTRACTELEMENT -> extractElement(t);
            case INSERTELEMENT -> insertElement(t);
            case SHUFFLEVECTOR -> shuffleVector(t);
            case ALLOCA, LOAD, STORE, GETELEMENTPTR, FENCE, CMPXCHG, ATOMICRMW -> memory.parse(opcode, t);
            default -> throw cursor.error(t, "expected instruction opcode");
        };
    }

    /** Fast-math flags after the opcode. */
    List<String> parseFastMathFlags() throws IrSyntaxException {
        if (!values.context.flagWords.atFlag(cursor) || !FAST_MATH.contains(cursor.text())) {
            return List.of();
        }
        List<String> flags = new ArrayList<>();
        while (cursor.at(TokenKind.WORD) && FAST_MATH.contains(cursor.peek().text())) {
            flags.add(cursor.next().text());
        }
        return flags;
    }

    private static Instruction withFastMath(Instruction i, List<String> flags) {
        for (String f : flags) {
            i.addFastMathFlag(f);
        }
        return i;
    }

    private Instruction binary(Opcode opcode, Token at) throws IrSyntaxException {
        List<String> fmf = opcode.isFloatingPointBinary() ? parseFastMathFlags() : List.of();
        Set<String> flags = values.constants.parseInstructionFlags(ConstantExpressionParser.BINARY_FLAGS);
        int typeToken = cursor.position();
        Type type = values.types.parseFirstClassType("an operand");
        boolean floating = opcode.isFloatingPointBinary();
        if (floating ? !type.isFloatingPointOrVector() : !type.isIntegerOrIntegerVector()) {
            throw cursor.error(cursor.token(typeToken), "invalid operand type '" + type + "' for " + opcode.keyword());
        }
        Value lhs = values.parseValue(type);
        cursor.consume(TokenKind.COMMA, "',' between operands");
        Value rhs = values.parseValue(type);
        BinaryInstruction b = new BinaryInstruction(opcode, lhs, rhs);
        flags.forEach(b::addFlag);
        return withFastMath(b, fmf);
    }

    private Instruction fneg(Token at) throws IrSyntaxException {
        List<String> fmf = parseFastMathFlags();
        Token typeToken = cursor.peek();
        Value v = values.parseTypedValue("an fneg operand");
        if (!v.type().isFloatingPointOrVector()) {
            throw cursor.error(typeToken, "invalid operand type '" + v.type() + "' for fneg");
        }
        return withFastMath(new UnaryInstruction(Opcode.FNEG, v), fmf);
    }

    private Instruction cast(Opcode opcode, Token at) throws IrSyntaxException {
        Set<String> flags = values.constants.parseInstructionFlags(CAST_FLAGS);
        List<String> fmf = parseFastMathFlags();
        Value v = values.parseTypedValue("a cast operand");
        cursor.expectWord("to");
        Type destination = values.types.parseFirstClassType("a cast result");
        CastRules.check(cursor, opcode, v.type(), destination, at);
        CastInstruction c = new CastInstruction(opcode, v, destination);
        flags.forEach(c::addFlag);
        return withFastMath(c, fmf);
    }

    private Instruction compare(Opcode opcode, Token at) throws IrSyntaxException {
        List<String> fmf = opcode == Opcode.FCMP ? parseFastMathFlags() : List.of();
        Set<String> flags = values.constants.parseInstructionFlags(COMPARE_FLAGS);
        Token p = cursor.expect(TokenKind.WORD, "comparison predicate");
        Predicate predicate = opcode == Opcode.ICMP ? Predicate.integerPredicate(p.text()) : Predicate.floatPredicate(p.text());
        if (predicate == null) {
            throw cursor.error(p, "expected " + opcode.keyword() + " predicate");
        }
        int typeToken = cursor.position();
        Type type = values.types.parseFirstClassType("a compare operand");
        boolean ok = opcode == Opcode.ICMP ? type.isIntegerOrIntegerVector() || type.isPointerOrPointerVector()
                : type.isFloatingPointOrVector();
        if (!ok) {
            throw cursor.error(cursor.token(typeToken), "invalid operand type '" + type + "' for " + opcode.keyword());
        }
        Value lhs = values.parseValue(type);
        cursor.consume(TokenKind.COMMA, "',' between operands");
        Value rhs = values.parseValue(type);
        CompareInstruction c = new CompareInstruction(opcode, predicate, lhs, rhs);
        flags.forEach(c::addFlag);
        return withFastMath(c, fmf);
    }

    private Instruction select(Token at) throws IrSyntaxException {
        List<String> fmf = parseFastMathFlags();
        Token condToken = cursor.peek();
        Value condition = values.parseTypedValue("a select condition");
        if (!condition.type().scalarType().equals(IntegerType.I1)) {
            throw cursor.error(condToken, "select condition must be i1 or <n x i1>");
        }
        cursor.consume(TokenKind.COMMA, "',' after select condition");
        Value a = values.parseTypedValue("a select value");
        cursor.consume(TokenKind.COMMA, "',' after select value");
        Token bToken = cursor.peek();
        Value b = values.parseTypedValue("a select value");
        if (!a.type().equals(b.type())) {
            throw cursor.error(bToken, "select values must have the same type, found '" + a.type() + "' and '" + b.type() + "'");
        }
        return withFastMath(new SelectInstruction(condition, a, b), fmf);
    }

    private Instruction phi(Token at) throws IrSyntaxException {
        List<String> fmf = parseFastMathFlags();
        Type type = values.types.parseFirstClassType("a phi");
        PhiInstruction phi = new PhiInstruction(type);
        do {
            cursor.consume(TokenKind.LBRACKET, "'[' in phi value list");
            Value v = values.parseValue(type);
            cursor.consume(TokenKind.COMMA, "',' after phi value");
            Token b = cursor.peek();
            if (!b.is(TokenKind.LOCAL_VAR) && !b.is(TokenKind.LOCAL_ID)) {
                throw cursor.error("expected a basic block in phi");
            }
            cursor.skip();
            phi.addIncoming(v, values.block(b));
            cursor.consume(TokenKind.RBRACKET, "']' in phi value list");
        } while (cursor.at(TokenKind.COMMA) && cursor.aheadIs(1, TokenKind.LBRACKET) && cursor.accept(TokenKind.COMMA));
        return withFastMath(phi, fmf);
    }

    private Instruction vaArg() throws IrSyntaxException {
        Value list = values.parseTypedValue("a va_arg list");
        cursor.consume(TokenKind.COMMA, "',' after va_arg list");
        Type type = values.types.parseFirstClassType("a va_arg result");
        return new VaArgInstruction(list, type);
    }

    private int[] parseIndexList(Token at) throws IrSyntaxException {
        List<Integer> indices = new ArrayList<>();
        while (cursor.at(TokenKind.COMMA) && cursor.aheadIs(1, TokenKind.INTEGER)) {
            cursor.skip();
            indices.add(cursor.expectUnsigned("index"));
        }
        if (indices.isEmpty()) {
            throw cursor.error("expected index");
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private Instruction extractValue(Token at) throws IrSyntaxException {
        Token aggToken = cursor.peek();
        Value aggregate = values.parseTypedValue("an extractvalue operand");
        if (!(aggregate.type() instanceof StructType || aggregate.type() instanceof ArrayType)) {
            throw cursor.error(aggToken, "extractvalue operand must be aggregate type");
        }
        int[] indices = parseIndexList(at);
        Type member = values.indexed.memberType(aggregate.type(), indices, at);
        return new ExtractValueInstruction(member, aggregate, indices);
    }

    private Instruction insertValue(Token at) throws IrSyntaxException {
        Token aggToken = cursor.peek();
        Value aggregate = values.parseTypedValue("an insertvalue operand");
        if (!(aggregate.type() instanceof StructType || aggregate.type() instanceof ArrayType)) {
            throw cursor.error(aggToken, "insertvalue operand must be aggregate type");
        }
        cursor.consume(TokenKind.COMMA, "',' after aggregate");
        Token valueToken = cursor.peek();
        Value value = values.parseTypedValue("an inserted value");
        int[] indices = parseIndexList(at);
        Type member = values.indexed.memberType(aggregate.type(), indices, at);
        if (!member.equals(value.type())) {
            throw cursor.error(valueToken, "insertvalue operand and field disagree in type: '" + value.type()
                    + "' instead of '" + member + "'");
        }
        return new InsertValueInstruction(aggregate, value, indices);
    }

    private Instruction extractElement(Token at) throws IrSyntaxException {
        Token vToken = cursor.peek();
        Value vector = values.parseTypedValue("an extractelement operand");
        cursor.consume(TokenKind.COMMA, "',' after vector");
        Value index = values.parseTypedValue("an index");
        if (!(vector.type() instanceof VectorType) || !index.type().isInteger()) {
            throw cursor.error(vToken, "invalid extractelement operands");
        }
        return new ExtractElementInstruction(vector, index);
    }

    private Instruction insertElement(Token at) throws IrSyntaxException {
        Token vToken = cursor.peek();
        Value vector = values.parseTypedValue("an insertelement operand");
        cursor.consume(TokenKind.COMMA, "',' after vector");
        Value element = values.parseTypedValue("an element");
        cursor.consume(TokenKind.COMMA, "',' after element");
        Value index = values.parseTypedValue("an index");
        if (!(vector.type() instanceof VectorType v) || !v.elementType().equals(element.type()) || !index.type().isInteger()) {
            throw cursor.error(vToken, "invalid insertelement operands");
        }
        return new InsertElementInstruction(vector, element, index);
    }

    private Instruction shuffleVector(Token at) throws IrSyntaxException {
        Token aToken = cursor.peek();
        Value a = values.parseTypedValue("a shufflevector operand");
        cursor.consume(TokenKind.COMMA, "',' after first vector");
        Value b = values.parseTypedValue("a shufflevector operand");
        cursor.consume(TokenKind.COMMA, "',' after second vector");
        Token maskToken = cursor.peek();
        Value mask = values.parseTypedValue("a shufflevector mask");
        if (!(a.type() instanceof VectorType va) || !a.type().equals(b.type())) {
            throw cursor.error(aToken, "invalid shufflevector operands");
        }
        if (!(mask.type() instanceof VectorType m) || !m.elementType().equals(IntegerType.I32)) {
            throw cursor.error(maskToken, "shufflevector mask must be a vector of i32");
        }
        int[] lanes = new int[(int) m.length()];
        if (mask instanceof ConstantAggregate c) {
            for (int i = 0; i < lanes.length; i++) {
                Constant e = c.element(i);
                if (e instanceof ConstantInt ci) {
                    long lane = ci.longValue();
                    if (lane < 0 || lane >= 2 * va.length()) {
                        throw cursor.error(maskToken, "shufflevector mask lane " + lane + " out of range");
                    }
                    lanes[i] = (int) lane;
                } else if (e instanceof PoisonValue || e instanceof UndefValue) {
                    lanes[i] = -1;
                } else {
                    throw cursor.error(maskToken, "shufflevector mask must be constant");
                }
            }
        } else if (mask instanceof PoisonValue || mask instanceof UndefValue) {
            java.util.Arrays.fill(lanes, -1);
        } else if (!(mask instanceof ZeroInitializer)) {
            throw cursor.error(maskToken, "shufflevector mask must be constant");
        }
        return new ShuffleVectorInstruction(a, b, lanes);
    }
}
