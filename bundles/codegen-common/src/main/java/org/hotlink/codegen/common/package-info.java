/**
 * Target-neutral parts of code generation that every back-end shares: building a
 * {@link org.hotlink.codegen.RelocatableObject}, naming and binding symbols, evaluating constant
 * expressions and laying out the byte images of global variables. A plain library that each
 * back-end bundle embeds privately; it exports nothing.
 */
package org.hotlink.codegen.common;
