package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.Type;

/**
 * Legal source and destination pairs of the cast instructions, as LLVM's {@code castIsValid}:
 * matching kinds, narrowing or widening as the opcode says, and equal lane counts for vectors.
 */
final class CastRules {
    private CastRules() {
    }

    static void checkCast(CastInstruction instruction) throws IrVerificationException {
        Type source = instruction.operand().type();
        Type destination = instruction.type();
        String problem = problem(instruction.opcode(), source, destination);
        if (problem != null) {
            throw Failures.at(instruction, "invalid cast: " + instruction.opcode().keyword() + " from " + source
                    + " to " + destination + " (" + problem + ")");
        }
    }

    /** Why a cast {@code opcode} from {@code source} to {@code destination} is invalid, or null when it is valid. */
    static String problem(Opcode opcode, Type source, Type destination) {
        if (opcode == Opcode.BITCAST) {
            return bitcastProblem(source, destination);
        }
        if (!TypeRules.sameShape(source, destination)) {
            return "source and destination must both be scalars or vectors of the same length";
        }
        Type from = source.scalarType();
        Type to = destination.scalarType();
        switch (opcode) {
            case TRUNC:
                return integers(from, to) ? narrows(from, to) : "needs integers";
            case ZEXT:
            case SEXT:
                return integers(from, to) ? widens(from, to) : "needs integers";
            case FPTRUNC:
                return floats(from, to) ? narrows(from, to) : "needs floating point";
            case FPEXT:
                return floats(from, to) ? widens(from, to) : "needs floating point";
            case FPTOUI:
            case FPTOSI:
                return from.isFloatingPoint() && to.isInteger() ? null : "needs floating point to integer";
            case UITOFP:
            case SITOFP:
                return from.isInteger() && to.isFloatingPoint() ? null : "needs integer to floating point";
            case PTRTOINT:
                return from.isPointer() && to.isInteger() ? null : "needs pointer to integer";
            case INTTOPTR:
                return from.isInteger() && to.isPointer() ? null : "needs integer to pointer";
            case ADDRSPACECAST:
                if (!(from instanceof PointerType a) || !(to instanceof PointerType b)) {
                    return "needs pointers";
                }
                return a.addressSpace() != b.addressSpace() ? null : "address spaces must differ";
            default:
                Checks.state(false, "cast rule missing for %s", opcode);
                return null;
        }
    }

    /** Same size in bits; pointers only to pointers of the same address space; no aggregates. */
    private static String bitcastProblem(Type source, Type destination) {
        if (!TypeRules.isValueType(source) || source.isAggregate() || destination.isAggregate()
                || !TypeRules.isValueType(destination)) {
            return "needs non-aggregate first-class types";
        }
        boolean sourcePointers = source.isPointerOrPointerVector();
        boolean destinationPointers = destination.isPointerOrPointerVector();
        if (sourcePointers || destinationPointers) {
            if (!sourcePointers || !destinationPointers) {
                return "pointers can only be cast to pointers";
            }
            if (!TypeRules.sameShape(source, destination)) {
                return "vector lengths must match";
            }
            PointerType a = (PointerType) source.scalarType();
            PointerType b = (PointerType) destination.scalarType();
            return a.addressSpace() == b.addressSpace() ? null : "use addrspacecast between address spaces";
        }
        long sourceBits = TypeRules.primitiveBits(source);
        long destinationBits = TypeRules.primitiveBits(destination);
        if (sourceBits == 0 || destinationBits == 0) {
            return "needs integer, floating-point or vector types";
        }
        return sourceBits == destinationBits ? null : "sizes differ: " + sourceBits + " and " + destinationBits + " bits";
    }

    private static boolean integers(Type a, Type b) {
        return a.isInteger() && b.isInteger();
    }

    private static boolean floats(Type a, Type b) {
        return a.isFloatingPoint() && b.isFloatingPoint();
    }

    /** Null when {@code to} is strictly narrower than {@code from}. */
    private static String narrows(Type from, Type to) {
        return TypeRules.primitiveBits(to) < TypeRules.primitiveBits(from) ? null
                : "the destination must be narrower than the source";
    }

    /** Null when {@code to} is strictly wider than {@code from}. */
    private static String widens(Type from, Type to) {
        return TypeRules.primitiveBits(to) > TypeRules.primitiveBits(from) ? null
                : "the destination must be wider than the source";
    }
}
