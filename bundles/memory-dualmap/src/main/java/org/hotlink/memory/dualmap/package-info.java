/**
 * The dual-map memory strategy (private package): an arena is one reserved region of at most
 * 2 GiB split into code, read-only and read-write areas; code and read-only pages come from a
 * memfd mapped twice, executed or read through the view inside the region and written through a
 * read-write alias outside it, so no page is ever writable and executable at once.
 */
package org.hotlink.memory.dualmap;
