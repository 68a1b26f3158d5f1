package org.hotlink.ir;

/** Symbol visibility: {@code default}, {@code hidden}, {@code protected}. */
public enum Visibility {
    DEFAULT, HIDDEN, PROTECTED
}
