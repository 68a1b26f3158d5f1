/** Runtime linker and symbol resolver services: one symbol table per engine, stubs with pointer slots. */
@Export
@Version("0.3.0")
package org.hotlink.linker;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
