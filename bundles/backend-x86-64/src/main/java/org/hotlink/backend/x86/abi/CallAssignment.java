package org.hotlink.backend.x86.abi;

import java.util.List;

/**
 * The locations of all arguments of one call or function, the stack bytes they need (a multiple
 * of 16), and how many XMM registers carry arguments (AL for a variadic call).
 */
public record CallAssignment(List<ArgumentLocation> arguments, long stackBytes, int gprCount, int xmmCount) {
}
