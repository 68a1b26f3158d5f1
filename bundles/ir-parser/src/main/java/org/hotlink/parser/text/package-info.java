/**
 * The LLVM IR text parser (private to this bundle; the service is {@link org.hotlink.parser.text.TextIrParser}).
 *
 * <p>Stages, one concern per file:
 * <ol>
 * <li>{@code Lexer} turns the text into {@code Token}s (never throws: bad text becomes an ERROR
 *     token, reported when the parser reaches it, so the first error in file order wins).</li>
 * <li>{@code GlobalSymbolScanner} finds every global definition and attribute group up front, so
 *     references in any order resolve to the final objects without placeholders at module level.</li>
 * <li>{@code ModuleParser} walks the top-level statements; {@code GlobalVariableParser},
 *     {@code FunctionParser} and {@code FunctionBodyParser} handle globals and functions;
 *     {@code TypeParser}, {@code ConstantParser}, {@code ConstantExpressionParser},
 *     {@code AttributeParser} and {@code MetadataSkipper} are shared sub-parsers;
 *     {@code InstructionParser} with {@code MemoryInstructionParser}, {@code CallParser} and
 *     {@code TerminatorParser} parse instructions.</li>
 * <li>{@code LocalValueTable} gives unnamed values and blocks their numbers, creates
 *     {@code ForwardReference} placeholders for values used before their definition, checks their
 *     types when defined and replaces them when the body ends.</li>
 * </ol>
 * Metadata, debug records and attachments are parsed only to be skipped. Typed pointers
 * ({@code i32*}) become {@code ptr}. Every error is an {@code IrSyntaxException} with the location of
 * the offending token; a last-resort catch in {@code TextIrParser} turns any unanticipated runtime
 * failure into one too.
 */
package org.hotlink.parser.text;
