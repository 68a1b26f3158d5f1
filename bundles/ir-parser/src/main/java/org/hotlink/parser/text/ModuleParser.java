package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Module;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;

/**
 * Parses a whole module: after {@link GlobalSymbolScanner} has found every global and attribute
 * group, it parses the groups, then the top-level statements in order, then resolves named types
 * and blockaddress constants. In a large file with helper threads, the statements' pass skips
 * function bodies, which {@link FunctionBodies} then parses on several threads.
 */
final class ModuleParser {
    private final ModuleContext context;
    private final TokenCursor cursor;
    private final TypeParser types;
    private final ConstantParser constants;
    private final AttributeParser attributes;
    private final GlobalVariableParser globals;
    private final FunctionParser functions;
    private final MetadataSkipper metadata;
    private final Set<String> defined = new HashSet<>();
    private final Lexer.Result lexed;
    private final Executor helpers;
    /** Bodies left for {@link FunctionBodies}, in file order; null when bodies are parsed as they come. */
    private final List<FunctionParser.DeferredBody> deferred;

    /**
     * @param helpers where function bodies may be parsed besides the calling thread, or null; used
     *                for files of at least {@link FunctionBodies#PARALLEL_MIN_TOKENS} tokens
     */
    ModuleParser(String sourceName, CharSequence text, Executor helpers) {
        this(sourceName, text, helpers, FunctionBodies.PARALLEL_MIN_TOKENS);
    }

    /** As above, with helpers used from {@code minTokens} tokens on (tests use small files). */
    ModuleParser(String sourceName, CharSequence text, Executor helpers, int minTokens) {
        this.lexed = Lexer.tokenize(sourceName, text.toString());
        this.helpers = helpers;
        this.deferred = helpers != null && lexed.tokens().count() >= minTokens ? new ArrayList<>() : null;
        this.cursor = new TokenCursor(lexed.tokens(), lexed.source());
        this.context = new ModuleContext(new Module(sourceName), cursor);
        this.types = new TypeParser(context);
        this.constants = new ConstantParser(context, types);
        this.attributes = new AttributeParser(context, types);
        this.globals = new GlobalVariableParser(context, types, constants);
        this.functions = new FunctionParser(context, types, constants, attributes, globals);
        this.metadata = new MetadataSkipper(cursor);
    }

    Module parse() throws IrSyntaxException {
        GlobalSymbolScanner.Symbols symbols = GlobalSymbolScanner.scan(cursor);
        context.addGlobals(symbols.globals());
        for (int start : symbols.attributeGroupStarts()) {
            cursor.seek(start + 1);
            Token id = cursor.next();
            cursor.skip();
            if (context.attributeGroups.put(id.text(), attributes.parseGroupBody()) != null) {
                throw cursor.error(id, "redefinition of attribute group '#" + id.text() + "'");
            }
        }
        cursor.seek(0);
        try {
            while (!cursor.at(TokenKind.EOF)) {
                statement();
            }
        } catch (IrSyntaxException e) {
            // Every body left for later lies before the failing statement: as in one pass in file
            // order, an error in one of them comes first.
            IrSyntaxException earlier = parseDeferredBodies();
            throw earlier != null ? earlier : e;
        }
        IrSyntaxException failure = parseDeferredBodies();
        if (failure != null) {
            throw failure;
        }
        finish();
        return context.module;
    }

    private IrSyntaxException parseDeferredBodies() {
        return deferred == null ? null : FunctionBodies.parse(context, lexed.tokens(), lexed.source(), deferred, helpers);
    }

    /** An error at the current token, for failures the parser did not anticipate. */
    IrSyntaxException errorHere(String message) {
        return cursor.error(message);
    }

    private void statement() throws IrSyntaxException {
        Token t = cursor.peek();
        switch (t.kind()) {
            case WORD -> word(t);
            case GLOBAL_VAR, GLOBAL_ID -> {
                if (!cursor.aheadIs(1, TokenKind.EQUALS)) {
                    throw cursor.error(cursor.peekAhead(1), "expected '=' after global name");
                }
                globals.parse(defined);
            }
            case LOCAL_VAR, LOCAL_ID -> typeDefinition();
            case COMDAT_VAR -> comdat();
            case METADATA_NAME -> metadata.skipDefinition();
            default -> throw cursor.error("expected top-level entity");
        }
    }

    private void word(Token t) throws IrSyntaxException {
        switch (t.text()) {
            case "source_filename" -> {
                cursor.skip();
                cursor.consume(TokenKind.EQUALS, "'=' after source_filename");
                context.module.setSourceFileName(Lexer.utf8(cursor.expect(TokenKind.STRING, "source file name").text()));
            }
            case "target" -> target();
            case "module" -> {
                Token module = cursor.next();
                cursor.expectWord("asm");
                context.module.addModuleAssembly(Lexer.utf8(cursor.expect(TokenKind.STRING, "module asm string").text()),
                        cursor.location(module));
            }
            case "attributes" -> {
                // parsed before the main pass
                cursor.skip();
                cursor.consume(TokenKind.ATTRIBUTE_GROUP_ID, "attribute group id");
                cursor.consume(TokenKind.EQUALS, "'=' after attribute group id");
                if (!cursor.at(TokenKind.LBRACE)) {
                    throw cursor.error("expected '{' after attribute group");
                }
                cursor.skipBalanced();
            }
            case "define", "declare" -> functions.parse(defined, deferred);
            case "uselistorder", "uselistorder_bb" -> throw cursor.error(t, "unsupported: " + t.text());
            default -> throw cursor.error("expected top-level entity");
        }
    }

    /** {@code target datalayout|triple = "..."}, recorded with the location of its {@code target} keyword. */
    private void target() throws IrSyntaxException {
        Token target = cursor.next();
        Token what = cursor.expect(TokenKind.WORD, "'datalayout' or 'triple'");
        cursor.consume(TokenKind.EQUALS, "'=' after target " + what.text());
        Token value = cursor.expect(TokenKind.STRING, "string");
        if (what.text().equals("datalayout")) {
            try {
                context.module.setDataLayoutString(Lexer.utf8(value.text()), cursor.location(target));
            } catch (IllegalArgumentException e) {
                throw cursor.error(value, "invalid data layout: " + e.getMessage());
            }
        } else if (what.text().equals("triple")) {
            context.module.setTargetTriple(Lexer.utf8(value.text()), cursor.location(target));
        } else {
            throw cursor.error(what, "unknown target property '" + what.text() + "'");
        }
    }

    private void typeDefinition() throws IrSyntaxException {
        Token name = cursor.next();
        cursor.consume(TokenKind.EQUALS, "'=' after type name");
        cursor.expectWord("type");
        StructType type = context.defineNamedType(name.text(), name);
        if (cursor.acceptWord("opaque")) {
            return;
        }
        if (cursor.at(TokenKind.LESS) && cursor.aheadIs(1, TokenKind.LBRACE)) {
            cursor.skip();
            type.setBody(types.parseStructBody(), true);
            cursor.consume(TokenKind.GREATER, "'>' closing a packed struct type");
        } else if (cursor.at(TokenKind.LBRACE)) {
            type.setBody(types.parseStructBody(), false);
        } else {
            throw cursor.error("unsupported: named type that is not a struct");
        }
        checkNotRecursiveByValue(type, name);
    }

    /** A struct may not contain itself except behind a pointer (which is opaque here). */
    private void checkNotRecursiveByValue(StructType type, Token at) throws IrSyntaxException {
        if (contains(type, type, 0)) {
            throw cursor.error(at, "struct '%" + type.name() + "' contains itself");
        }
    }

    private static boolean contains(Type haystack, StructType needle, int depth) {
        if (depth > 64) {
            return false;
        }
        if (haystack instanceof StructType s) {
            for (Type e : s.elements()) {
                if (e == needle || contains(e, needle, depth + 1)) {
                    return true;
                }
            }
        } else if (haystack instanceof org.hotlink.ir.ArrayType a) {
            return a.elementType() == needle || contains(a.elementType(), needle, depth + 1);
        } else if (haystack instanceof org.hotlink.ir.VectorType v) {
            return contains(v.elementType(), needle, depth + 1);
        }
        return false;
    }

    private void comdat() throws IrSyntaxException {
        Token name = cursor.next();
        cursor.consume(TokenKind.EQUALS, "'=' after comdat name");
        cursor.expectWord("comdat");
        Token kind = cursor.expect(TokenKind.WORD, "comdat selection kind");
        if (!Set.of("any", "exactmatch", "largest", "nodeduplicate", "noduplicates", "samesize").contains(kind.text())) {
            throw cursor.error(kind, "unknown selection kind");
        }
        context.module.addComdat(name.text(), kind.text());
    }

    private void finish() throws IrSyntaxException {
        context.finishNamedTypes();
        List<ModuleContext.PendingBlockAddress> blockAddresses = new ArrayList<>(context.blockAddresses());
        // In file order, so that the first bad one is reported whichever thread parsed it.
        blockAddresses.sort(java.util.Comparator.comparingInt(p -> p.blockToken().offset()));
        for (ModuleContext.PendingBlockAddress p : blockAddresses) {
            BasicBlock b = p.constant().function().block(p.blockToken().text());
            if (b == null) {
                throw cursor.error(p.blockToken(), p.constant().function().isDeclaration()
                        ? "cannot take blockaddress inside a declaration"
                        : "referenced value is not a basic block");
            }
            p.constant().resolve(b);
        }
        for (GlobalValue g : context.globals.values()) {
            if (!defined.contains(g.name())) {
                throw new IrSyntaxException("internal error: global '@" + g.name() + "' found but not parsed",
                        g.location());
            }
        }
    }
}
