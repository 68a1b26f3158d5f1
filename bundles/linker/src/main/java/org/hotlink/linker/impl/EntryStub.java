package org.hotlink.linker.impl;

/**
 * An entry stub: fixed code at {@code address} that jumps to whatever its slot holds, and its
 * undefined landing at {@code landing}, which passes the pointer held in {@code nameSlot} to the
 * undefined-function handler. An undefined function's slot holds its landing.
 */
record EntryStub(long address, PointerSlot slot, long landing, PointerSlot nameSlot) {
    /** Points the stub at its landing, so a call reports the name the stub was last given. */
    void leadToLanding() {
        slot.store(landing);
    }
}
