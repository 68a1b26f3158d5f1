package org.hotlink.engine.impl.lazy;

import java.util.Optional;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkedObject;

/** Compiles one lazy function of a registered module version and links it into that version. */
@FunctionalInterface
public interface FunctionMaterializer {
    /**
     * @return the linked code, or empty when the version is no longer in effect or the function was
     *         compiled meanwhile (nothing was placed)
     */
    Optional<LinkedObject> materialize(LazyModuleVersion module, LazyFunction function) throws HotlinkException;
}
