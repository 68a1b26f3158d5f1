package org.hotlink.linker;

import java.util.List;

/**
 * What a {@link LinkLayer#update} did.
 *
 * @param linked  the new objects, in the order of the request (removals have none)
 * @param retired memory that went out of use; the caller releases it when no thread can run it
 */
public record LinkUpdate(List<LinkedObject> linked, List<RetiredMemory> retired) {
    public LinkUpdate {
        linked = List.copyOf(linked);
        retired = List.copyOf(retired);
    }
}
