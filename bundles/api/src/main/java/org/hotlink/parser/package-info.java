/** IR parser and verifier services. */
@Export
@Version("0.2.0")
package org.hotlink.parser;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
