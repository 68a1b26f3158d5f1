/**
 * The in-process runtime linker (private package): one symbol table per engine, an entry stub,
 * pointer slot and undefined landing per function, a GOT slot per name reached through
 * X86_64_GOTPCREL, and updates (adding, replacing and removing modules) as all-or-nothing
 * transactions (docs/hot-swap.md, "Transactions"):
 * {@link org.hotlink.linker.impl.UpdateTransaction} runs
 * {@link org.hotlink.linker.impl.UpdatePlanner} (the table as it will be),
 * {@link org.hotlink.linker.impl.ObjectPlacer} (code and data in two allocations),
 * {@link org.hotlink.linker.impl.ObjectPatcher} (relocations; its class comment states the
 * resolution rules the back-end can rely on) and {@link org.hotlink.linker.impl.UpdatePublisher}
 * (slot stores and retired memory). Lazy functions: a lazy definition leads the name's stub to
 * the stub's lazy landing; {@link org.hotlink.linker.impl.MaterializeTransaction} places the code
 * compiled later for one of them ({@link org.hotlink.linker.impl.MaterializePlanner} resolves it
 * in its module's scope, {@link org.hotlink.linker.impl.LazyCodeChecks} says what it may hold)
 * and publishes it by one slot store; the code belongs to the module version.
 */
package org.hotlink.linker.impl;
