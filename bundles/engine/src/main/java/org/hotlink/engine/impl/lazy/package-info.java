/**
 * Lazy compilation: the engine's side of the compile trampoline. The linker leads every lazy
 * function's entry stub to a landing and trampoline that call {@link org.hotlink.engine.impl.lazy.LazyCompiler}
 * with the stub's address; it compiles that one function once, links it into its module version and
 * returns where the call continues.
 */
package org.hotlink.engine.impl.lazy;
