package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;

/**
 * Parses {@code { blocks }}: labels (or implicit numbered blocks), instructions with their
 * {@code %x =} results, debug records and metadata attachments (dropped), then resolves forward references.
 */
final class FunctionBodyParser {
    private final TokenCursor cursor;
    private final LocalValueTable locals;
    private final InstructionParser instructions;
    private final MetadataSkipper metadata;

    FunctionBodyParser(ModuleContext context, TypeParser types, ConstantParser constants, AttributeParser attributes,
            LocalValueTable locals) {
        this.cursor = context.cursor;
        this.locals = locals;
        this.instructions = new InstructionParser(new ValueParser(context, types, constants, attributes, locals));
        this.metadata = new MetadataSkipper(cursor);
    }

    void parseBody(Function function) throws IrSyntaxException {
        cursor.consume(TokenKind.LBRACE, "'{' to start the function body");
        if (cursor.at(TokenKind.RBRACE)) {
            throw cursor.error("function body requires at least one basic block");
        }
        while (!cursor.accept(TokenKind.RBRACE)) {
            if (cursor.at(TokenKind.EOF)) {
                // As LLParser: a body cut off after a terminator is reported where the file ends.
                throw cursor.error(InstructionParser.END_OF_FILE_IN_BODY);
            }
            parseBlock(function);
        }
        locals.finish(function);
    }

    private void parseBlock(Function function) throws IrSyntaxException {
        // Positions rather than token objects: the tokens are needed only for error messages.
        int start = cursor.position();
        int label = -1;
        if (cursor.at(TokenKind.LABEL)) {
            label = start;
            cursor.skip();
        }
        BasicBlock block = locals.defineBlock(label, start, function);
        while (true) {
            while (cursor.at(TokenKind.DEBUG_RECORD)) {
                metadata.skipDebugRecord();
            }
            Instruction i = parseInstruction();
            block.append(i);
            if (i.isTerminator()) {
                return;
            }
        }
    }

    private Instruction parseInstruction() throws IrSyntaxException {
        int first = cursor.position();
        TokenKind kind = cursor.kind();
        int name = -1;
        if ((kind == TokenKind.LOCAL_VAR || kind == TokenKind.LOCAL_ID) && cursor.aheadIs(1, TokenKind.EQUALS)) {
            name = first;
            cursor.skip();
            cursor.skip();
        } else if (kind == TokenKind.LABEL || kind == TokenKind.RBRACE) {
            throw cursor.error("expected instruction opcode: the block above has no terminator");
        }
        int opcode = cursor.position();
        Instruction instruction = instructions.parse();
        instruction.setLocation(cursor.locationAt(first));
        if (instruction.hasResult()) {
            locals.define(name, instruction, opcode);
        } else if (name >= 0) {
            throw cursor.error(cursor.token(name), "instructions returning void cannot have a name");
        }
        metadata.skipCommaAttachments();
        return instruction;
    }
}
