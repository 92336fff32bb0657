package dev.cosell.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Null-tolerant defensive copies: validation, not the records, reports missing values. */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(Collection<? extends T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    static <T> Set<T> set(Collection<? extends T> values) {
        return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
