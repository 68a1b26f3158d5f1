package org.hotlink.verifier.impl;

import java.util.List;

import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.ir.Argument;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Module;
import org.hotlink.ir.Type;

/**
 * Builds a model through the IR API that mirrors a piece of IR text, for malformed modules that
 * a parser would refuse before the verifier sees them. Each instruction gets the location of a
 * marker string in the text (its first token, as the parser would give it) and, for markers of
 * the form {@code %x = ...}, the name {@code x}.
 */
final class TestModule {
    static final String FILE = "test.ll";

    final Module module = new Module(FILE);
    final String text;

    TestModule(String text) {
        this.text = text;
    }

    /** A function definition or declaration with named arguments ({@code names.length == params.size()}). */
    Function function(String definitionMarker, String name, Type returnType, List<Type> params, String... names) {
        Function function = new Function(name, new FunctionType(returnType, params, false), 0);
        for (int i = 0; i < params.size(); i++) {
            function.addArgument(new Argument(params.get(i), names[i], i, function, AttributeSet.EMPTY));
        }
        function.setLocation(locate(definitionMarker));
        module.addFunction(function);
        return function;
    }

    BasicBlock block(Function function, String name) {
        BasicBlock block = new BasicBlock(name);
        function.appendBlock(block);
        return block;
    }

    /** Appends {@code instruction} to {@code block}, located and named after {@code marker}. */
    <T extends Instruction> T put(BasicBlock block, String marker, T instruction) {
        if (marker.startsWith("%") && marker.contains(" = ")) {
            instruction.setName(marker.substring(1, marker.indexOf(" = ")));
        }
        instruction.setLocation(locate(marker));
        block.append(instruction);
        return instruction;
    }

    /** The location of the first occurrence of {@code marker} in the text; fails when absent. */
    SourceLocation locate(String marker) {
        int index = text.indexOf(marker);
        if (index < 0) {
            throw new IllegalArgumentException("marker not in the IR text: " + marker);
        }
        int lineStart = text.lastIndexOf('\n', index) + 1;
        int lineEnd = text.indexOf('\n', index);
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new SourceLocation(FILE, line, index - lineStart + 1,
                text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
    }
}
