package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/** llvm.frameaddress(0) and llvm.returnaddress(0) follow the frame-pointer chain compiled code keeps. */
class FrameAddressIntrinsicTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n"
            + "declare ptr @llvm.frameaddress.p0(i32)\ndeclare ptr @llvm.returnaddress(i32)\n";

    @Test
    void calleesSavedFramePointerIsTheCallersFrameAddress() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("frames", HEADER
                    + "define i64 @saved_by_callee() {\n  %fa = call ptr @llvm.frameaddress.p0(i32 0)\n"
                    + "  %saved = load i64, ptr %fa\n  ret i64 %saved\n}\n"
                    + "define i64 @outer() {\n  %fa = call ptr @llvm.frameaddress.p0(i32 0)\n"
                    + "  %mine = ptrtoint ptr %fa to i64\n  %seen = call i64 @saved_by_callee()\n"
                    + "  %same = icmp eq i64 %mine, %seen\n  %r = zext i1 %same to i64\n  ret i64 %r\n}\n"
                    + "define i64 @return_address() {\n  %ra = call ptr @llvm.returnaddress(i32 0)\n"
                    + "  %r = ptrtoint ptr %ra to i64\n  ret i64 %r\n}\n"
                    + "define i64 @call_site() {\n  %r = call i64 @return_address()\n  ret i64 %r\n}\n");
            assertEquals(1L, engine.invokeLong("outer"), "the callee's [rbp] is the caller's frame address");
            long site = engine.invokeLong("call_site");
            assertNotEquals(0L, site);
            assertEquals(site, engine.invokeLong("call_site"), "the same call site returns to the same address");
        }
    }

    @Test
    void deeperLevelsAreRefused() throws Exception {
        try (Engine engine = TestEngines.create()) {
            assertThrows(UnsupportedConstructException.class, () -> engine.add("deep", HEADER
                    + "define ptr @f() {\n  %fa = call ptr @llvm.frameaddress.p0(i32 1)\n  ret ptr %fa\n}\n"));
        }
    }
}
