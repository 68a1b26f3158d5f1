package org.hotlink.ir;

/** Placeholder until the IR model lands; see docs/ir-model.md. */
public class Module {
}
