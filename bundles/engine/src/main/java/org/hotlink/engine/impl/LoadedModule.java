package org.hotlink.engine.impl;

import org.hotlink.ir.Module;
import org.hotlink.linker.LinkedObject;

/** A module of an engine: its verified IR (kept for the start-up tables and diagnostics) and where it was linked. */
record LoadedModule(String name, Module ir, LinkedObject linked) {
}
