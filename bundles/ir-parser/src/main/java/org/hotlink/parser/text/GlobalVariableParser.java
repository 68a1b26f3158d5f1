package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Constant;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Type;
import org.hotlink.ir.VoidType;

/** Parses {@code @g = ... global|constant T [init] [, section ...]*} and {@code @a = ... alias T, ptr @x}. */
final class GlobalVariableParser {
    private final ModuleContext context;
    private final TokenCursor cursor;
    private final TypeParser types;
    private final ConstantParser constants;
    private final MetadataSkipper metadata;

    GlobalVariableParser(ModuleContext context, TypeParser types, ConstantParser constants) {
        this.context = context;
        this.cursor = context.cursor;
        this.types = types;
        this.constants = constants;
        this.metadata = new MetadataSkipper(cursor);
    }

    /** The statement whose {@code @name} token is current; adds the variable or alias to the module. */
    void parse(java.util.Set<String> defined) throws IrSyntaxException {
        Token name = cursor.next();
        cursor.consume(TokenKind.EQUALS, "'=' after global name");
        if (!defined.add(name.text())) {
            throw cursor.error(name, "redefinition of global '@" + name.text() + "'");
        }
        GlobalProperties properties = GlobalProperties.parse(cursor, types);
        Token kind = cursor.peek();
        if (kind.isWord("ifunc")) {
            throw cursor.error(kind, "unsupported: ifunc '@" + name.text() + "'");
        }
        GlobalValue g = context.globals.get(name.text());
        if (kind.isWord("alias") && g instanceof GlobalAlias alias) {
            cursor.skip();
            alias(alias, properties, name);
            context.module.addAlias(alias);
        } else if ((kind.isWord("global") || kind.isWord("constant")) && g instanceof GlobalVariable variable) {
            cursor.skip();
            variable(variable, kind.isWord("constant"), properties, name);
            context.module.addGlobal(variable);
        } else {
            throw cursor.error("expected 'global', 'constant' or 'alias'");
        }
    }

    private void variable(GlobalVariable g, boolean isConstant, GlobalProperties properties, Token name)
            throws IrSyntaxException {
        properties.applyTo(g);
        g.setLocation(cursor.location(name));
        g.setConstant(isConstant);
        g.setExternallyInitialized(properties.externallyInitialized);
        Token typeToken = cursor.peek();
        Type type = types.parseType();
        if (type instanceof VoidType || type instanceof FunctionType) {
            throw cursor.error(typeToken, "invalid type for global variable");
        }
        g.setValueType(type);
        boolean declaration = properties.linkage == Linkage.EXTERNAL || properties.linkage == Linkage.EXTERN_WEAK;
        if (!declaration) {
            Constant init = constants.parseConstant(type);
            g.setInitializer(init);
        }
        while (cursor.at(TokenKind.COMMA)) {
            if (cursor.aheadIs(1, TokenKind.METADATA_NAME)) {
                metadata.skipCommaAttachments();
                continue;
            }
            cursor.skip();
            Token k = cursor.peek();
            switch (k.is(TokenKind.WORD) ? k.text() : "") {
                case "section" -> {
                    cursor.skip();
                    g.setSection(Lexer.utf8(cursor.expect(TokenKind.STRING, "section name").text()));
                }
                case "partition" -> {
                    cursor.skip();
                    g.setPartition(Lexer.utf8(cursor.expect(TokenKind.STRING, "partition name").text()));
                }
                case "comdat" -> g.setComdat(parseComdat(g.name()));
                case "align" -> {
                    cursor.skip();
                    g.setAlignment(alignment());
                }
                case "code_model" -> {
                    cursor.skip();
                    cursor.consume(TokenKind.STRING, "code model name");
                }
                case "no_sanitize_address", "no_sanitize_hwaddress", "sanitize_address_dyninit", "sanitize_memtag" ->
                        cursor.skip();
                default -> throw cursor.error("expected global variable property");
            }
        }
        while (cursor.at(TokenKind.ATTRIBUTE_GROUP_ID)) {
            context.attributeGroup(cursor.next());
        }
    }

    private void alias(GlobalAlias alias, GlobalProperties properties, Token name) throws IrSyntaxException {
        properties.applyTo(alias);
        alias.setLocation(cursor.location(name));
        // LLParser::parseAliasOrIFunc: the type is the aliasee's value type (a function type for a
        // function alias); only void is refused, by parseType's AllowVoid=false.
        Token typeToken = cursor.peek();
        Type valueType = types.parseType();
        if (valueType instanceof VoidType) {
            throw cursor.error(typeToken, "void type only allowed for function results");
        }
        alias.setValueType(valueType);
        cursor.consume(TokenKind.COMMA, "',' after alias type");
        Token at = cursor.peek();
        Constant aliasee = constants.parseTypedConstant();
        if (!aliasee.type().isPointer()) {
            throw cursor.error(at, "an alias must have pointer type");
        }
        alias.setAliasee(aliasee);
        while (cursor.at(TokenKind.COMMA) && cursor.aheadIsWord(1, "partition")) {
            cursor.skip();
            cursor.skip();
            alias.setPartition(Lexer.utf8(cursor.expect(TokenKind.STRING, "partition name").text()));
        }
        metadata.skipCommaAttachments();
    }

    /** {@code comdat} or {@code comdat($name)} with {@code comdat} current; returns the comdat's name. */
    String parseComdat(String ownName) throws IrSyntaxException {
        cursor.expectWord("comdat");
        if (!cursor.accept(TokenKind.LPAREN)) {
            return ownName;
        }
        Token c = cursor.expect(TokenKind.COMDAT_VAR, "comdat name");
        cursor.consume(TokenKind.RPAREN, "')' after comdat name");
        return c.text();
    }

    long alignment() throws IrSyntaxException {
        Token n = cursor.peek();
        if (!n.is(TokenKind.INTEGER) || n.text().startsWith("-") || n.text().length() > 10) {
            throw cursor.error("expected alignment");
        }
        cursor.skip();
        long a = Long.parseLong(n.text());
        if (a == 0 || Long.bitCount(a) != 1 || a > (1L << 32)) {
            throw cursor.error(n, "alignment is not a power of two");
        }
        return a;
    }
}
