package org.hotlink.codegen;

/** What a section holds, which decides the permissions its memory ends up with. */
public enum SectionKind {
    /** Machine code: written, then executable and never writable again. */
    CODE,
    /** Constants, string literals, jump tables: written, then read-only. */
    READ_ONLY_DATA,
    /** Mutable globals with an initial image: read-write for their whole life. */
    WRITABLE_DATA,
    /** Mutable globals that start as zeros: no contents, only a size. */
    ZERO_FILL
}
