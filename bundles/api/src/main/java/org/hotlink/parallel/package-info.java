/** Sharing one job's independent items between the calling thread and borrowed helper threads. */
@Export
@Version("0.1.0")
package org.hotlink.parallel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
