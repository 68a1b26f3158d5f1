package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StoreInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.VaArgInstruction;
import org.hotlink.ir.Value;

/** Operand types of {@code alloca}, {@code load}, {@code store} and {@code va_arg}. */
final class MemoryRules {
    private MemoryRules() {
    }

    static void checkAlloca(AllocaInstruction instruction) throws IrVerificationException {
        if (!TypeRules.isSized(instruction.allocatedType())) {
            throw Failures.at(instruction, "cannot allocate unsized type " + instruction.allocatedType());
        }
        Value count = instruction.count();
        if (!count.type().isInteger()) {
            throw Failures.at(instruction, Failures.wrongType(count, "an integer"));
        }
        if (!instruction.type().isPointer()) {
            throw Failures.at(instruction, "alloca result has type " + instruction.type() + " but must be a pointer");
        }
    }

    static void checkLoad(LoadInstruction instruction) throws IrVerificationException {
        requirePointer(instruction, instruction.pointer());
        Type type = instruction.type();
        if (!TypeRules.isValueType(type) || !TypeRules.isSized(type)) {
            throw Failures.at(instruction, "loading unsized or non-first-class type " + type);
        }
        if (instruction.ordering() != AtomicOrdering.NOT_ATOMIC) {
            if (instruction.ordering() == AtomicOrdering.RELEASE || instruction.ordering() == AtomicOrdering.ACQ_REL) {
                throw Failures.at(instruction, "load cannot have release ordering");
            }
            if (!TypeRules.isAtomicValueType(type)) {
                throw Failures.at(instruction, "atomic load operand must have integer, pointer or floating point type, not " + type);
            }
        }
    }

    static void checkStore(StoreInstruction instruction) throws IrVerificationException {
        Value value = instruction.value();
        if (!TypeRules.isValueType(value.type()) || !TypeRules.isSized(value.type())) {
            throw Failures.at(instruction, Failures.wrongType(value, "a sized first-class type"));
        }
        requirePointer(instruction, instruction.pointer());
        if (instruction.ordering() != AtomicOrdering.NOT_ATOMIC) {
            if (instruction.ordering() == AtomicOrdering.ACQUIRE || instruction.ordering() == AtomicOrdering.ACQ_REL) {
                throw Failures.at(instruction, "store cannot have acquire ordering");
            }
            if (!TypeRules.isAtomicValueType(value.type())) {
                throw Failures.at(instruction, Failures.wrongType(value, "an integer, a pointer or floating point in an atomic store"));
            }
        }
    }

    /** LLVM leaves the list operand's type to the target (a pointer on x86-64); only the result is checked. */
    static void checkVaArg(VaArgInstruction instruction) throws IrVerificationException {
        if (!TypeRules.isValueType(instruction.type())) {
            throw Failures.at(instruction, "va_arg result has invalid type " + instruction.type());
        }
    }

    /** The operand must be a scalar pointer ({@code ptr} or {@code ptr addrspace(N)}). */
    static void requirePointer(Instruction instruction, Value pointer) throws IrVerificationException {
        if (!(pointer.type() instanceof PointerType)) {
            throw Failures.at(instruction, Failures.wrongType(pointer, "ptr"));
        }
    }
}
