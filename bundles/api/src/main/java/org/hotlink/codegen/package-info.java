/** Back-end service and the relocatable code it produces: sections, symbols, relocations. */
@Export
@Version("0.4.0")
package org.hotlink.codegen;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
