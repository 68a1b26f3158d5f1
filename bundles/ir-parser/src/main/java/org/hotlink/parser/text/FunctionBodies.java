package org.hotlink.parser.text;

import java.util.List;
import java.util.concurrent.Executor;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.parallel.SharedWork;

/**
 * Parses the function bodies the module pass left for later, on the calling thread and on helper
 * threads ({@link SharedWork}). Once every header, global, type and attribute group is known,
 * bodies depend on nothing but those and the (read-only) tokens, so each thread parses with its
 * own cursor and parsers.
 *
 * <p>The error reported is the one a parse in file order reports: the failure of the first body,
 * in file order, that fails. (Nesting too deep for a thread's stack is reported as on the calling
 * thread; helper threads have the JVM's default stack size, as the threads that parse usually have.)
 */
final class FunctionBodies {
    /** Below this many tokens, handing bodies to other threads costs more than it saves. */
    static final int PARALLEL_MIN_TOKENS = 6000;

    private FunctionBodies() {
    }

    /**
     * Parses {@code bodies} (in file order) and returns the first failure in that order, or null.
     *
     * @param helpers where helper tasks may run, or null for the calling thread alone
     */
    static IrSyntaxException parse(ModuleContext context, TokenBuffer tokens, SourceText source,
                                   List<FunctionParser.DeferredBody> bodies, Executor helpers) {
        try {
            SharedWork.forEach(bodies.size(), helpers, SharedWork.otherCores(), () -> newParser(context, tokens, source),
                    (parser, i) -> parseOne(parser, bodies.get(i)));
            return null;
        } catch (IrSyntaxException e) {
            return e;
        }
    }

    private static void parseOne(FunctionParser parser, FunctionParser.DeferredBody body) throws IrSyntaxException {
        try {
            parser.parseDeferred(body);
        } catch (StackOverflowError e) {
            throw parser.errorHere("nesting too deep");
        } catch (RuntimeException e) {
            // A gap in the parser's own checks must still come out as a located diagnostic.
            throw parser.errorHere("invalid IR (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** A function parser with its own cursor, sharing the module's tables. */
    private static FunctionParser newParser(ModuleContext context, TokenBuffer tokens, SourceText source) {
        ModuleContext own = context.forCursor(new TokenCursor(tokens, source));
        TypeParser types = new TypeParser(own);
        ConstantParser constants = new ConstantParser(own, types);
        AttributeParser attributes = new AttributeParser(own, types);
        GlobalVariableParser globals = new GlobalVariableParser(own, types, constants);
        return new FunctionParser(own, types, constants, attributes, globals);
    }
}
