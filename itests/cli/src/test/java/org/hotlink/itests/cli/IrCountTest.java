package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Test that the independent IR counter used by {@link StatsTest} counts what the --stats contract means. */
class IrCountTest {

    @Test
    void countsInstructionLinesButNotLabelsCommentsDebugRecordsOrSwitchCases() {
        List<String> ir = List.of(
                "; ModuleID = 'x.c'",
                "@g = global i32 0, align 4",
                "declare i32 @puts(ptr)",
                "define i32 @f(i32 %0) #0 !dbg !10 {",
                "  %2 = alloca i32, align 4",
                "    #dbg_declare(ptr %2, !11, !DIExpression(), !12)",
                "  switch i32 %0, label %5 [",
                "    i32 0, label %3",
                "    i32 1, label %4",
                "  ], !dbg !13",
                "",
                "3:                                                ; preds = %1",
                "  ret i32 1",
                "4:",
                "  ret i32 2",
                "\"odd label\":",
                "  ; a comment line",
                "  br label %5",
                "5:",
                "  ret i32 3",
                "}",
                "define void @g() {",
                "entry:",
                "  ret void",
                "}");
        IrCount count = IrCount.of(ir);
        assertEquals(2, count.definedFunctions(), "expected the two define lines");
        assertEquals(7, count.instructions(), "expected alloca, switch, 3 rets, br and ret void");
    }
}
