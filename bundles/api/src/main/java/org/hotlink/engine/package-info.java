/** The engine service that composes the pipeline and runs compiled code. */
@Export
@Version("0.3.0")
package org.hotlink.engine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
