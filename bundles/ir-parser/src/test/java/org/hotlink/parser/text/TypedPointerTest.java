package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.Function;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.Module;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PointerType;
import org.junit.jupiter.api.Test;

/** Test that LLVM 14's typed pointers ({@code i32*}, {@code %struct.S*}, {@code i8**}, {@code void (i32)*}) all parse as {@code ptr}. */
class TypedPointerTest {
    @Test
    void typedPointerIrParsesAsOpaquePointers() {
        Module m = IrTestSupport.parse("""
                %struct.S = type { i32, %struct.S* }
                @.str = private unnamed_addr constant [4 x i8] c"%d\\0A\\00", align 1
                @fp = global void (i32)* null
                @pp = global i8** null
                @as = global i8 addrspace(1)* null
                define i32 @main(i32 %argc, i8** %argv) {
                entry:
                  %s = alloca %struct.S, align 8
                  %f = getelementptr inbounds %struct.S, %struct.S* %s, i32 0, i32 0
                  store i32 %argc, i32* %f, align 8
                  %v = load i32, i32* %f, align 8
                  %b = bitcast %struct.S* %s to i8*
                  %a0 = load i8*, i8** %argv, align 8
                  %call = call i32 (i8*, ...) @printf(i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0), i32 %v)
                  %g = load void (i32)*, void (i32)** @fp, align 8
                  call void %g(i32 1)
                  ret i32 0
                }
                declare i32 @printf(i8*, ...)
                """);
        assertEquals(PointerType.PTR, m.namedTypes().get("struct.S").element(1), "expected %struct.S* to become ptr");
        assertEquals(PointerType.PTR, m.global("fp").valueType(), "expected void (i32)* to become ptr");
        assertEquals(PointerType.get(1), m.global("as").valueType(), "expected i8 addrspace(1)* to keep its address space");
        Function main = m.function("main");
        var body = main.entryBlock().instructions();
        GetElementPtrInstruction gep = (GetElementPtrInstruction) body.get(1);
        assertEquals("%struct.S", gep.sourceElementType().toString(), "expected the explicit GEP source type");
        assertEquals(PointerType.PTR, ((LoadInstruction) body.get(5)).type(), "expected load i8* to load a ptr");
        CastInstruction cast = (CastInstruction) body.get(4);
        assertEquals(Opcode.BITCAST, cast.opcode(), "expected a pointer bitcast to stay a bitcast");
        CallInstruction printf = (CallInstruction) body.get(6);
        assertEquals(true, printf.functionType().isVarArgs(), "expected the explicit variadic callee type");
        ConstantExpression str = assertInstanceOf(ConstantExpression.class, printf.argument(0), "expected a constant GEP");
        assertEquals("[4 x i8]", str.sourceElementType().toString(), "expected the GEP's source type [4 x i8]");
        Instruction indirect = body.get(8);
        assertEquals(null, ((CallInstruction) indirect).calledFunction(), "expected an indirect call through %g");
    }
}
