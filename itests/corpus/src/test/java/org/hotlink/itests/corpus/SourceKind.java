package org.hotlink.itests.corpus;

/** Whether a corpus program is C compiled by clang-19 or hand-written LLVM IR. */
enum SourceKind {
    C,
    LLVM_IR
}
