package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.ExtractElementInstruction;
import org.hotlink.ir.ExtractValueInstruction;
import org.hotlink.ir.FenceInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.IndirectBranchInstruction;
import org.hotlink.ir.InsertElementInstruction;
import org.hotlink.ir.InsertValueInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SelectInstruction;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.StoreInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.UnaryInstruction;
import org.hotlink.ir.VaArgInstruction;

/** Dispatches an instruction to the operand-type rules of its kind (phi nodes are checked by {@link PhiRules}). */
final class InstructionRules {
    private InstructionRules() {
    }

    static void checkTypes(Instruction instruction, Function function) throws IrVerificationException {
        switch (instruction.opcode()) {
            case RET -> TerminatorRules.checkReturn((ReturnInstruction) instruction, function.functionType().returnType());
            case BR -> TerminatorRules.checkBranch((BranchInstruction) instruction);
            case SWITCH -> TerminatorRules.checkSwitch((SwitchInstruction) instruction);
            case INDIRECTBR -> TerminatorRules.checkIndirectBranch((IndirectBranchInstruction) instruction);
            case UNREACHABLE, PHI -> {
                // nothing to check here: no operands, or checked against the CFG by PhiRules
            }
            case FNEG, FREEZE -> ArithmeticRules.checkUnary((UnaryInstruction) instruction);
            case ADD, SUB, MUL, UDIV, SDIV, UREM, SREM, SHL, LSHR, ASHR, AND, OR, XOR, FADD, FSUB, FMUL, FDIV, FREM ->
                    ArithmeticRules.checkBinary((BinaryInstruction) instruction);
            case TRUNC, ZEXT, SEXT, FPTRUNC, FPEXT, FPTOUI, FPTOSI, UITOFP, SITOFP, PTRTOINT, INTTOPTR, BITCAST,
                    ADDRSPACECAST -> CastRules.checkCast((CastInstruction) instruction);
            case ICMP, FCMP -> ArithmeticRules.checkCompare((CompareInstruction) instruction);
            case SELECT -> ArithmeticRules.checkSelect((SelectInstruction) instruction);
            case ALLOCA -> MemoryRules.checkAlloca((AllocaInstruction) instruction);
            case LOAD -> MemoryRules.checkLoad((LoadInstruction) instruction);
            case STORE -> MemoryRules.checkStore((StoreInstruction) instruction);
            case VA_ARG -> MemoryRules.checkVaArg((VaArgInstruction) instruction);
            case GETELEMENTPTR -> GetElementPtrRules.checkGetElementPtr((GetElementPtrInstruction) instruction);
            case FENCE -> AtomicRules.checkFence((FenceInstruction) instruction);
            case CMPXCHG -> AtomicRules.checkCmpXchg((CmpXchgInstruction) instruction);
            case ATOMICRMW -> AtomicRules.checkAtomicRmw((AtomicRmwInstruction) instruction);
            case CALL -> CallRules.checkCall((CallInstruction) instruction);
            case EXTRACTVALUE -> AggregateRules.checkExtractValue((ExtractValueInstruction) instruction);
            case INSERTVALUE -> AggregateRules.checkInsertValue((InsertValueInstruction) instruction);
            case EXTRACTELEMENT -> VectorRules.checkExtractElement((ExtractElementInstruction) instruction);
            case INSERTELEMENT -> VectorRules.checkInsertElement((InsertElementInstruction) instruction);
            case SHUFFLEVECTOR -> VectorRules.checkShuffleVector((ShuffleVectorInstruction) instruction);
            default -> Checks.state(false, "no operand rules for opcode %s", instruction.opcode());
        }
    }
}
