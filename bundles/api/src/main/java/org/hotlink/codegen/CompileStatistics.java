package org.hotlink.codegen;

/**
 * Figures about one compilation.
 *
 * @param functionsCompiled functions turned into machine code
 * @param codeBytes         bytes of machine code in code sections (stubs excluded)
 * @param compileNanos      wall time spent compiling
 */
public record CompileStatistics(int functionsCompiled, long codeBytes, long compileNanos) {
}
