package io.fleetfit.assessment;

import java.io.Serializable;

/**
 * The facts rules look at: the inventory record plus what was derived from it without judgement
 * (the recognised OS). Built once per record by {@link Assessor}.
 */
public record Workload(VmRecord vm, OsInfo os) implements Serializable {

    public static Workload of(VmRecord vm) {
        return new Workload(vm, OsRecognizer.recognize(vm));
    }
}
