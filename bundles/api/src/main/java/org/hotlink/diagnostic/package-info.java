/** Source locations and the typed exceptions every stage throws for bad input. */
@Export
@Version("0.2.0")
package org.hotlink.diagnostic;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
