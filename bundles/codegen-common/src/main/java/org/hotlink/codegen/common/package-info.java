/**
 * Target-neutral parts of code generation that every back-end shares: building a
 * {@link org.hotlink.codegen.RelocatableObject}, naming and binding symbols, evaluating constant
 * expressions and laying out the byte images of global variables. A plain library that each
 * back-end bundle embeds privately; it exports nothing.
 *
 * <p>How a back-end uses it, per module:
 * <ol>
 * <li>create an {@link org.hotlink.codegen.common.ObjectBuilder} and a
 *     {@link org.hotlink.codegen.common.GlobalDataEmitter} with the target's absolute pointer
 *     relocation; call {@code emitGlobals};</li>
 * <li>compile each function into its own section and {@code define} its symbol (binding from
 *     {@link org.hotlink.codegen.common.LinkageMapping}); define a LOCAL DATA symbol named
 *     {@link org.hotlink.codegen.common.SymbolNames#ofBlock} at every block whose address is taken;
 *     {@code reference} every symbol that code relocations name;</li>
 * <li>call {@code emitAliases}, then {@code build}.</li>
 * </ol>
 * Constants in instructions go through {@link org.hotlink.codegen.common.ConstantEvaluator}: a
 * number, or a {@link org.hotlink.codegen.common.SymbolicAddress} to relocate against. At -O2
 * clang turns some switches into relative lookup tables ({@code i32} entries holding
 * {@code target - table}) read by {@code llvm.load.relative.i64(ptr table, i64 offset)}, which
 * returns {@code table + sext(load i32 (table + offset))}; the emitter gives their entries
 * PC-relative 32-bit relocations.
 */
package org.hotlink.codegen.common;
