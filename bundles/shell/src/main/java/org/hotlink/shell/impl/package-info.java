/**
 * Gogo shell commands of Hotlink (scope {@code hotlink}). Private: Gogo finds the commands through the
 * {@code osgi.command.*} service properties and calls their public methods reflectively, so nothing is
 * exported and the bundle does not depend on Gogo's packages.
 */
package org.hotlink.shell.impl;
