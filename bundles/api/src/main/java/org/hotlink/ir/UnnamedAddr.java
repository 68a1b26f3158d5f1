package org.hotlink.ir;

/** Whether a global's address is significant: none, {@code unnamed_addr}, {@code local_unnamed_addr}. */
public enum UnnamedAddr {
    NONE, UNNAMED, LOCAL_UNNAMED
}
