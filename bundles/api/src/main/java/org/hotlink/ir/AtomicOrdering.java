package org.hotlink.ir;

/** Memory ordering of atomic operations; NOT_ATOMIC for plain loads and stores. */
public enum AtomicOrdering {
    NOT_ATOMIC, UNORDERED, MONOTONIC, ACQUIRE, RELEASE, ACQ_REL, SEQ_CST
}
