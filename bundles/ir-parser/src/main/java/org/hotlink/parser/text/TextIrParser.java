package org.hotlink.parser.text;

import java.util.concurrent.Executor;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Module;
import org.hotlink.parser.IrParser;
import org.osgi.service.component.annotations.Component;

/**
 * The LLVM IR text parser service: a lexer and a recursive-descent parser in the manner of LLVM's
 * LLParser, for what clang 14 to 19 print (typed pointers included). Stateless, so thread-safe.
 * Every problem with the input is an {@link IrSyntaxException} at the first error, with its location.
 */
@Component(service = IrParser.class)
public final class TextIrParser implements IrParser {
    /** For DS and for plain-Java use. */
    public TextIrParser() {
    }

    @Override
    public Module parse(String sourceName, CharSequence text) throws IrSyntaxException {
        return parse(sourceName, text, null);
    }

    /** Large files have their function bodies parsed on helper threads too ({@link FunctionBodies}). */
    @Override
    public Module parse(String sourceName, CharSequence text, Executor helpers) throws IrSyntaxException {
        if (sourceName == null || text == null) {
            throw new IrSyntaxException("no IR text given" + (sourceName == null ? "" : " for " + sourceName));
        }
        ModuleParser parser = new ModuleParser(sourceName, text, helpers);
        try {
            return parser.parse();
        } catch (IrSyntaxException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw parser.errorHere("nesting too deep");
        } catch (RuntimeException e) {
            // A gap in the parser's own checks must still come out as a located diagnostic, never a crash.
            throw parser.errorHere("invalid IR (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
