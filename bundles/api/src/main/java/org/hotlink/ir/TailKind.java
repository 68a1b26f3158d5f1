package org.hotlink.ir;

/** The tail-call marker of a call: none, {@code tail}, {@code musttail}, {@code notail}. */
public enum TailKind {
    NONE, TAIL, MUST_TAIL, NO_TAIL
}
