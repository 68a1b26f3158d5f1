package org.hotlink.engine.impl.lazy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;

/** A link layer that only answers the lazy compiler's questions: which stubs are lazy, where they lead. */
final class FakeLazyLayer implements LinkLayer {
    final Map<Long, LazyFunction> lazy = new ConcurrentHashMap<>();
    final Map<Long, Long> targets = new ConcurrentHashMap<>();

    @Override
    public Optional<LazyFunction> lazyFunction(long stubAddress) {
        return Optional.ofNullable(lazy.get(stubAddress));
    }

    @Override
    public long stubTarget(long stubAddress) {
        return targets.get(stubAddress);
    }

    /** What a successful materialize does: the stub leads to code. */
    LinkedObject compiled(long stub, long code, String module) {
        lazy.remove(stub);
        targets.put(stub, code);
        return new LinkedObject() {
            @Override
            public String moduleName() {
                return module;
            }

            @Override
            public long version() {
                return 1;
            }

            @Override
            public Map<String, Long> definitions() {
                return Map.of();
            }

            @Override
            public long codeBytes() {
                return 16;
            }

            @Override
            public List<CodeRange> functionBodies() {
                return List.of(new CodeRange("f", code, 16));
            }
        };
    }

    @Override
    public Optional<LinkedObject> materialize(LazyFunction function, RelocatableObject code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LinkedObject add(RelocatableObject object) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LinkUpdate update(List<ModuleReplacement> replacements) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void bindExternals() {
    }

    @Override
    public List<String> undefinedSymbols() {
        return List.of();
    }

    @Override
    public OptionalLong lookup(String name) {
        return OptionalLong.empty();
    }

    @Override
    public String definingModule(String name) {
        return null;
    }

    @Override
    public void setUndefinedFunctionHandler(long address) {
    }

    @Override
    public void setLazyCompiler(long address) {
    }

    @Override
    public void close() {
    }
}
