package org.hotlink.resolver.impl;

import java.util.List;
import java.util.OptionalLong;
import org.hotlink.diagnostic.LinkException;

/**
 * The symbols of the process itself: first its global scope (the JVM launcher, libc and whatever
 * it loaded globally), so that data such as {@code stdout} resolve to the copy the process really
 * uses (the executable may hold a copy-relocated one); then libm and libgcc_s, opened explicitly
 * because the JVM need not have loaded them globally. Shared by every scope; immutable.
 */
final class ProcessSymbols {
    /** Libraries a C program links by default besides libc, by their exact file names. */
    static final List<String> DEFAULT_LIBRARIES = List.of("libc.so.6", "libm.so.6", "libgcc_s.so.1");

    private static volatile ProcessSymbols instance;

    private final List<SharedLibrary> libraries;

    private ProcessSymbols(List<SharedLibrary> libraries) {
        this.libraries = libraries;
    }

    static ProcessSymbols get() {
        ProcessSymbols current = instance;
        if (current == null) {
            synchronized (ProcessSymbols.class) {
                current = instance;
                if (current == null) {
                    current = open();
                    instance = current;
                }
            }
        }
        return current;
    }

    private static ProcessSymbols open() {
        try {
            List<SharedLibrary> opened = new java.util.ArrayList<>();
            for (String name : DEFAULT_LIBRARIES) {
                opened.add(SharedLibrary.open(name));
            }
            return new ProcessSymbols(List.copyOf(opened));
        } catch (LinkException e) {
            throw new IllegalStateException("the process's C libraries cannot be opened: " + e.getMessage(), e);
        }
    }

    OptionalLong lookup(String name) {
        long address = DynamicLinkerCalls.dlsym(DynamicLinkerCalls.RTLD_DEFAULT, name);
        if (address != 0) {
            return OptionalLong.of(address);
        }
        for (SharedLibrary library : libraries) {
            OptionalLong found = library.lookup(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return OptionalLong.empty();
    }
}
