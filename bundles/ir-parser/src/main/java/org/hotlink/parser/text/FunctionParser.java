package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Argument;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.CallingConvention;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.LabelType;
import org.hotlink.ir.MetadataType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VoidType;

/** Parses {@code declare} and {@code define} headers and hands bodies to {@link FunctionBodyParser}. */
final class FunctionParser {
    private final ModuleContext context;
    private final TokenCursor cursor;
    private final TypeParser types;
    private final ConstantParser constants;
    private final AttributeParser attributes;
    private final GlobalVariableParser globals;
    private final MetadataSkipper metadata;
    private LocalValueTable locals;
    private FunctionBodyParser body;

    FunctionParser(ModuleContext context, TypeParser types, ConstantParser constants, AttributeParser attributes,
            GlobalVariableParser globals) {
        this.context = context;
        this.cursor = context.cursor;
        this.types = types;
        this.constants = constants;
        this.attributes = attributes;
        this.globals = globals;
        this.metadata = new MetadataSkipper(cursor);
    }

    /** A parameter as written: type, attributes, the position of its name token (-1 when unnamed) and of its first token. */
    record Parameter(Type type, AttributeSet attributes, int name, int at) {
    }

    /**
     * A definition whose header is parsed and whose body is left for later (see {@link FunctionBodies}).
     * Bodies are recorded in file order, which is the order their errors are reported in.
     *
     * @param bodyStart position of the body's opening brace
     */
    record DeferredBody(Function function, List<Parameter> parameters, int bodyStart) {
    }

    /**
     * Parses a declaration, or a definition with its body.
     *
     * @param deferred where a definition's body is recorded instead of being parsed now, or null to
     *                 parse it at once. A body whose braces do not balance is parsed at once, so
     *                 that it fails with the body parser's own diagnostic.
     */
    void parse(Set<String> defined, List<DeferredBody> deferred) throws IrSyntaxException {
        Token keyword = cursor.next();
        boolean definition = keyword.isWord("define");
        metadata.skipAttachments(); // LLVM 14 prints "declare !dbg !59 void @f(...)"
        GlobalProperties properties = GlobalProperties.parse(cursor, types);
        CallingConvention cc = CallParser.parseCallingConvention(cursor);
        AttributeSet returnAttributes = attributes.parseParameterAttributes();
        Token returnToken = cursor.peek();
        Type returnType = types.parseType();
        if (returnType instanceof FunctionType || returnType instanceof LabelType || returnType instanceof MetadataType) {
            throw cursor.error(returnToken, "invalid function return type");
        }
        Token name = cursor.peek();
        if (!name.is(TokenKind.GLOBAL_VAR) && !name.is(TokenKind.GLOBAL_ID)) {
            throw cursor.error("expected function name");
        }
        cursor.skip();
        if (!defined.add(name.text()) || !(context.globals.get(name.text()) instanceof Function function)) {
            throw cursor.error(name, "invalid redefinition of function '@" + name.text() + "'");
        }
        if (properties.addressSpace != 0) {
            throw cursor.error(name, "unsupported: function in address space " + properties.addressSpace);
        }
        List<Parameter> parameters = new ArrayList<>();
        boolean varArgs = parseParameters(parameters);
        List<Type> parameterTypes = new ArrayList<>();
        parameters.forEach(p -> parameterTypes.add(p.type()));
        function.setFunctionType(new FunctionType(returnType, parameterTypes, varArgs));
        properties.applyTo(function);
        function.setLocation(cursor.location(keyword));
        function.setCallingConvention(cc);
        function.setReturnAttributes(returnAttributes);
        parseTrailer(function);
        context.module.addFunction(function);
        if (!definition) {
            createArguments(function, parameters, null);
            if (cursor.at(TokenKind.LBRACE)) {
                throw cursor.error("a declaration has no body");
            }
            return;
        }
        if (properties.linkage != null && (properties.linkage == org.hotlink.ir.Linkage.EXTERN_WEAK)) {
            throw cursor.error(keyword, "invalid linkage for function definition");
        }
        if (deferred != null && cursor.at(TokenKind.LBRACE)) {
            int bodyStart = cursor.position();
            boolean balanced = true;
            try {
                cursor.skipBalanced();
            } catch (IrSyntaxException e) {
                cursor.seek(bodyStart);
                balanced = false;
            }
            if (balanced) {
                createArguments(function, parameters, null);
                deferred.add(new DeferredBody(function, parameters, bodyStart));
                return;
            }
        }
        readyBodyParser();
        createArguments(function, parameters, locals);
        body.parseBody(function);
    }

    /** Parses a body recorded by {@link #parse} (with this parser's own cursor, on any thread). */
    void parseDeferred(DeferredBody deferred) throws IrSyntaxException {
        readyBodyParser();
        cursor.seek(deferred.bodyStart());
        Function function = deferred.function();
        for (int i = 0; i < deferred.parameters().size(); i++) {
            Parameter p = deferred.parameters().get(i);
            locals.define(p.name(), function.argument(i), p.at());
        }
        body.parseBody(function);
    }

    /** An error at this parser's current token, for failures it did not anticipate. */
    IrSyntaxException errorHere(String message) {
        return cursor.error(message);
    }

    private void readyBodyParser() {
        if (locals == null) {
            // One table and body parser for all definitions this parser parses: one after another.
            locals = new LocalValueTable(cursor);
            body = new FunctionBodyParser(context, types, constants, attributes, locals);
        } else {
            locals.reset();
        }
    }

    private boolean parseParameters(List<Parameter> parameters) throws IrSyntaxException {
        cursor.consume(TokenKind.LPAREN, "'(' in function");
        if (cursor.accept(TokenKind.RPAREN)) {
            return false;
        }
        boolean varArgs = false;
        do {
            if (cursor.accept(TokenKind.ELLIPSIS)) {
                varArgs = true;
                break;
            }
            cursor.kind(); // reports an ERROR token before anything else
            int at = cursor.position();
            Type type = types.parseType();
            if (type instanceof VoidType || type instanceof FunctionType || type instanceof LabelType) {
                throw cursor.error(cursor.token(at), "invalid type for function argument");
            }
            AttributeSet attrs = attributes.parseParameterAttributes();
            int name = -1;
            if (cursor.at(TokenKind.LOCAL_VAR) || cursor.at(TokenKind.LOCAL_ID)) {
                name = cursor.position();
                cursor.skip();
            }
            parameters.add(new Parameter(type, attrs, name, at));
        } while (cursor.accept(TokenKind.COMMA));
        cursor.consume(TokenKind.RPAREN, "')' at end of argument list");
        return varArgs;
    }

    private void createArguments(Function function, List<Parameter> parameters, LocalValueTable locals)
            throws IrSyntaxException {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            Argument a = new Argument(p.type(), p.name() < 0 ? null : cursor.textAt(p.name()), i, function, p.attributes());
            if (locals != null) {
                locals.define(p.name(), a, p.at());
            }
            function.addArgument(a);
        }
    }

    /** Everything between {@code )} and {@code {} (or the end of a declaration). */
    private void parseTrailer(Function function) throws IrSyntaxException {
        Map<String, Object> fnAttributes = new LinkedHashMap<>();
        // The usual trailer "#0" alone gives the group's own set, which is what merging it into an empty map would give.
        AttributeSet onlyGroup = null;
        while (true) {
            Token t = cursor.peek();
            if (t.isWord("unnamed_addr")) {
                cursor.skip();
                function.setUnnamedAddr(org.hotlink.ir.UnnamedAddr.UNNAMED);
            } else if (t.isWord("local_unnamed_addr")) {
                cursor.skip();
                function.setUnnamedAddr(org.hotlink.ir.UnnamedAddr.LOCAL_UNNAMED);
            } else if (t.isWord("addrspace")) {
                if (types.parseAddressSpace() != 0) {
                    throw cursor.error(t, "unsupported: function in a non-zero address space");
                }
            } else if (t.isWord("section")) {
                cursor.skip();
                function.setSection(Lexer.utf8(cursor.expect(TokenKind.STRING, "section name").text()));
            } else if (t.isWord("partition")) {
                cursor.skip();
                function.setPartition(Lexer.utf8(cursor.expect(TokenKind.STRING, "partition name").text()));
            } else if (t.isWord("comdat")) {
                function.setComdat(globals.parseComdat(function.name()));
            } else if (t.isWord("align")) {
                cursor.skip();
                function.setAlignment(globals.alignment());
            } else if (t.isWord("gc")) {
                cursor.skip();
                function.setGc(Lexer.utf8(cursor.expect(TokenKind.STRING, "garbage collector name").text()));
            } else if (t.isWord("prefix")) {
                cursor.skip();
                function.setPrefix(constants.parseTypedConstant());
            } else if (t.isWord("prologue")) {
                cursor.skip();
                function.setPrologue(constants.parseTypedConstant());
            } else if (t.isWord("personality")) {
                cursor.skip();
                function.setPersonality(constants.parseTypedConstant());
            } else if (t.is(TokenKind.METADATA_NAME) && !cursor.aheadIs(1, TokenKind.EQUALS)) {
                // an attachment such as !dbg !12, not the next statement "!name = ..."
                metadata.skipAttachment();
            } else if (t.is(TokenKind.ATTRIBUTE_GROUP_ID) && onlyGroup == null && fnAttributes.isEmpty()) {
                onlyGroup = context.attributeGroup(cursor.next());
            } else if (attributes.atFunctionAttribute()) {
                if (onlyGroup != null) {
                    fnAttributes.putAll(onlyGroup.asMap());
                    onlyGroup = null;
                }
                attributes.parseOneFunctionAttribute(fnAttributes);
            } else {
                break;
            }
        }
        function.setAttributes(onlyGroup != null ? onlyGroup : AttributeSet.of(fnAttributes));
    }
}
