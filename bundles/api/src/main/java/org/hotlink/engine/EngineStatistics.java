package org.hotlink.engine;

/**
 * Running totals of one engine, in the units {@code hotlink run --stats} prints.
 *
 * @param parseNanos        parsing and verification
 * @param compileNanos      code generation, eager or lazy
 * @param linkNanos         placing, resolving, patching, finalizing
 * @param functionsCompiled functions compiled to machine code
 * @param irInstructions    IR instructions in the modules added (debug records excluded)
 * @param codeBytes         machine code emitted (stubs excluded)
 */
public record EngineStatistics(long parseNanos, long compileNanos, long linkNanos, long functionsCompiled,
                               long irInstructions, long codeBytes) {
}
