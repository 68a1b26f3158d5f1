package org.hotlink.engine.impl;

import java.util.function.UnaryOperator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Framework properties as seen from a bundle. Kept out of {@link JitEngineFactory}'s signatures so
 * that plain-Java users of the factory need no OSGi classes to compile against it.
 */
final class FrameworkProperties {
    private FrameworkProperties() {
    }

    /** The framework properties (falling back to system properties, as the framework does); none outside a framework. */
    static UnaryOperator<String> ofBundleOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        return context == null ? name -> null : context::getProperty;
    }
}
