/**
 * The process symbol resolver (private package): scopes that look names up among Java
 * definitions, libraries loaded into the scope, then the process's libc, libm and libgcc_s.
 */
package org.hotlink.resolver.impl;
