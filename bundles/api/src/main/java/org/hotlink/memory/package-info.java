/** Memory-permission strategies: arenas that place code and data in two phases (write, then finalize). */
@Export
@Version("0.2.0")
package org.hotlink.memory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
