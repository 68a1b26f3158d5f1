package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Module;
import org.hotlink.ir.StructLayout;
import org.hotlink.ir.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test that struct sizes and offsets from the parsed IR's DataLayout match what the native program prints with sizeof/offsetof. */
class NativeLayoutTest {
    @TempDir
    Path work;

    @Test
    void structLayoutsMatchNativeSizeofAndOffsetof() throws IOException {
        Path source = IrTestSupport.C_SOURCES.resolve("structs.c");
        Path exe = work.resolve("structs");
        IrTestSupport.run(List.of("clang-19", "-O0", "-o", exe.toString(), source.toString()));
        String output = IrTestSupport.run(List.of(exe.toString()));
        long[] sizes = numbersAfter(output, "sizes ");
        long[] offsets = numbersAfter(output, "offsets ");

        Path ll = IrTestSupport.emitIr("clang-19", source, work, "O0", "-O0");
        Module module = IrTestSupport.parse(Files.readString(ll));
        DataLayout layout = module.dataLayout();
        String[] names = {"struct.Point", "struct.Mixed", "struct.Packed", "struct.Nested", "struct.WithLongDouble"};
        for (int i = 0; i < names.length; i++) {
            StructType type = module.namedTypes().get(names[i]);
            if (type == null && names[i].equals("struct.WithLongDouble")) {
                // unused in the IR: check the same shape as a literal struct
                type = new StructType(List.of(org.hotlink.ir.IntegerType.I8, org.hotlink.ir.FloatingType.X86_FP80), false);
            }
            assertNotNull(type, "expected %" + names[i] + " among the named types");
            assertEquals(sizes[i], layout.allocSizeOf(type), "expected sizeof(" + names[i] + ") as printed natively");
        }
        StructLayout mixed = layout.structLayout(module.namedTypes().get("struct.Mixed"));
        for (int i = 0; i < 4; i++) {
            assertEquals(offsets[i], mixed.offsetOf(i + 1), "expected offsetof of field " + (i + 1) + " of struct Mixed");
        }
    }

    private static long[] numbersAfter(String output, String prefix) {
        for (String line : output.split("\n")) {
            if (line.startsWith(prefix)) {
                String[] parts = line.substring(prefix.length()).trim().split(" ");
                long[] values = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    values[i] = Long.parseLong(parts[i]);
                }
                return values;
            }
        }
        throw new AssertionError("expected a line starting with '" + prefix + "' in:\n" + output);
    }
}
