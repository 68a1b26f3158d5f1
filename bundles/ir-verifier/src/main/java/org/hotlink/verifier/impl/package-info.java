/**
 * The IR verifier ({@link org.hotlink.verifier.impl.ModuleVerifier}), private to its bundle.
 *
 * <p>Design: {@code ModuleVerifier} checks globals ({@code GlobalRules}, {@code ConstantRules},
 * {@code AttributeRules}),
 * then hands each function definition to {@code FunctionVerifier}, which runs three steps:
 * block structure ({@code BlockStructureRules}); the control-flow graph
 * ({@code ControlFlowGraph}, edges with multiplicity) and its dominator tree
 * ({@code DominatorTree}, Lengauer–Tarjan); then every instruction in layout order through the
 * operand-type rules of its kind ({@code InstructionRules} dispatching to one class per
 * instruction group), {@code PhiRules} and {@code DominanceRules}. Rules and wording follow
 * LLVM's {@code Verifier.cpp}; where LLVM accepts something (a direct call whose signature
 * differs from the callee's declaration, a {@code va_arg} list that is not a pointer), so does
 * this verifier. Every failure is an {@link org.hotlink.diagnostic.IrVerificationException} at
 * the offending instruction or global; broken internal invariants throw
 * {@link java.lang.IllegalStateException} through {@code Checks}. The whole run is linear in the
 * module's size apart from sorting each phi's entries and the near-linear dominator computation.
 */
package org.hotlink.verifier.impl;
