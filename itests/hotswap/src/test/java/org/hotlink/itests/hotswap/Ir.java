package org.hotlink.itests.hotswap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small helpers for the hand-written IR of these tests. */
final class Ir {
    /** The target line every hand-written module starts with. */
    static final String TRIPLE = "target triple = \"x86_64-pc-linux-gnu\"\n";

    private Ir() {
    }

    /** A module: the target line, then {@code body}. */
    static String module(String body) {
        return TRIPLE + body;
    }

    /** A text resource of this module's test resources, such as {@code hotswap/c/static_helper.c}. */
    static String resource(String path) {
        try (InputStream in = Ir.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
