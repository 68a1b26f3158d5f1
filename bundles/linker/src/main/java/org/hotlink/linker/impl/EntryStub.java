package org.hotlink.linker.impl;

/** An entry stub: fixed code at {@code address} that jumps to whatever its slot holds. */
record EntryStub(long address, PointerSlot slot) {
}
