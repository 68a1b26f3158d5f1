package org.hotlink.codegen;

/**
 * Options of one compilation.
 *
 * @param functions when not null, compile only functions with these names (lazy and partial
 *                  compilation); other defined functions become undefined references
 */
public record CompileOptions(java.util.Set<String> functions) {
    public static final CompileOptions ALL = new CompileOptions(null);

    public boolean includes(String functionName) {
        return functions == null || functions.contains(functionName);
    }
}
