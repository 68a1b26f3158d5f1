/** The IR model: modules, globals, functions, blocks, instructions, constants and types, as in LLVM. */
@Export
@Version("0.3.0")
package org.hotlink.ir;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
