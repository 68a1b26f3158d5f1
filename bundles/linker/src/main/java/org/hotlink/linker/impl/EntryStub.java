package org.hotlink.linker.impl;

/**
 * An entry stub: fixed code at {@code address} that jumps to whatever its slot holds; its
 * undefined landing at {@code landing}, which passes the pointer held in {@code nameSlot} to the
 * undefined-function handler; and its lazy landing at {@code lazyLanding}, which enters the block's
 * lazy trampoline with this stub's address. An undefined function's slot holds its landing, a
 * lazy function's slot its lazy landing.
 */
record EntryStub(long address, PointerSlot slot, long landing, PointerSlot nameSlot, long lazyLanding) {
    /** Points the stub at its landing, so a call reports the name the stub was last given. */
    void leadToLanding() {
        slot.store(landing);
    }
}
