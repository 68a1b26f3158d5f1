/**
 * The in-process runtime linker (private package): one symbol table per engine, an entry stub and
 * pointer slot per function, a GOT slot per name reached through X86_64_GOTPCREL, objects added
 * as all-or-nothing transactions. See {@link org.hotlink.linker.impl.ObjectLinking} for the
 * resolution rules the back-end can rely on.
 */
package org.hotlink.linker.impl;
