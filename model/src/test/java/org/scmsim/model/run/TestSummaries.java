package org.scmsim.model.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/** Summaries with chosen leading figures and zeros elsewhere, for tests of code that reads them. */
final class TestSummaries {

    private TestSummaries() {
    }

    static RunSummary example() {
        return of(450, 30, 1000, 20, 990, 50, 1.5, 9.0, 0.5, 77, 0.25, 3, 12345);
    }

    static RunSummary of(Number... leading) {
        RecordComponent[] rc = RunSummary.class.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        Object[] args = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            Number v = i < leading.length ? leading[i] : 0;
            args[i] = types[i] == long.class ? (Object) v.longValue() : (Object) v.doubleValue();
        }
        try {
            Constructor<RunSummary> c = RunSummary.class.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
