package io.fleetfit.report;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRecognizer;
import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.summary.MigrationWave;
import io.fleetfit.summary.Overview;
import io.fleetfit.summary.WavePlan;
import java.util.ArrayList;
import java.util.List;

/** The words the report uses for values that have no label of their own. */
final class Labels {

    static final String TEMPLATE_REASON = "Template: not assessed as a workload.";
    static final String NO_OS = "Not stated";
    static final String OS_NOT_RECOGNISED = "Not recognised";
    static final String TOTAL = "Total";
    static final String READ = "Read";

    private Labels() {
    }

    static String of(Object value) {
        if (value instanceof Disposition d) {
            return d.label();
        }
        if (value instanceof FitnessTier t) {
            return t.label();
        }
        if (value instanceof Severity s) {
            return s.label();
        }
        if (value instanceof Dimension d) {
            return d.label();
        }
        if (value instanceof Effect e) {
            return effect(e);
        }
        if (value instanceof PowerState p) {
            return powerState(p);
        }
        if (value instanceof DataQualityStatus s) {
            return s.label();
        }
        if (value instanceof LifecycleCatalog.Status s) {
            return s.label();
        }
        if (value instanceof MethodSheet.Enabled e) {
            return e.label();
        }
        if (value instanceof OsFamily f) {
            return f.label();
        }
        if (value instanceof Lane l) {
            return l.label();
        }
        if (value instanceof Overview.Target t) {
            return target(t);
        }
        if (value instanceof MigrationWave w) {
            return w.label();
        }
        if (value instanceof WavePlan.GroupedBy g) {
            return g.label();
        }
        return String.valueOf(value);
    }

    /** A target platform of the Overview's capacity table, in words. */
    static String target(Overview.Target t) {
        return switch (t) {
            case LINUX_NODES -> "Linux worker nodes (containers)";
            case WINDOWS_NODES -> "Windows worker nodes (Windows containers)";
            case VMS_ON_KUBERNETES -> "VMs on Kubernetes (KubeVirt)";
            case PERSISTENT_VOLUMES -> "Persistent volumes (containers' data)";
            case HYPERVISOR -> "Stays on a hypervisor";
        };
    }

    static String effect(Effect e) {
        return switch (e) {
            case NOTE -> "Note";
            case REMEDIATE -> "Remediate";
            case REQUIRES_VM -> "Requires a VM";
            case NOT_KUBEVIRT_GUEST -> "Not a KubeVirt guest";
            case BLOCKS_KUBEVIRT -> "Blocks KubeVirt";
            case REPLACE -> "Replace";
            case RETIRE -> "Retire";
            case INSUFFICIENT_DATA -> "Insufficient data";
            case EXCLUDE -> "Exclude";
        };
    }

    static String powerState(PowerState p) {
        return switch (p) {
            case ON -> "Powered on";
            case OFF -> "Powered off";
            case SUSPENDED -> "Suspended";
            case UNKNOWN -> "Unknown";
        };
    }

    /** The column an OS string came from, short for the two VMware columns. */
    static String osSource(String column) {
        if (OsRecognizer.TOOLS_COLUMN.equals(column)) {
            return "VMware Tools";
        }
        if (OsRecognizer.CONFIG_COLUMN.equals(column)) {
            return "Configuration file";
        }
        return column;
    }

    /**
     * Which workloads a lane holds, in words: the dispositions that stand for it, and for Refactor the
     * containerizing work that changes the application rather than its packaging.
     */
    static String laneMeaning(Lane lane) {
        if (lane == Lane.REFACTOR) {
            return Disposition.CONTAINERIZE_AFTER_REMEDIATION.label() + " that changes the application";
        }
        List<String> labels = new ArrayList<>();
        for (Disposition d : Disposition.values()) {
            if (d.lane() == lane) {
                labels.add(d.label());
            }
        }
        return String.join("; ", labels);
    }

    /**
     * The lanes a disposition's workloads go to, in words: its own, and for containerizing after
     * remediation Refactor too, where the work changes the application ({@link Lane#of}).
     */
    static String lanes(Disposition d) {
        return d == Disposition.CONTAINERIZE_AFTER_REMEDIATION
                ? d.lane().label() + " or " + Lane.REFACTOR.label()
                : d.lane().label();
    }

    /** Where a workload's storage in use came from, in words; {@code null} when nothing states it. */
    static String storageSource(VmRecord.StorageInUse storage) {
        if (storage.mib() == null) {
            return null;
        }
        return switch (storage.source()) {
            case VmRecord.StorageInUse.IN_USE -> "vInfo In Use";
            case VmRecord.StorageInUse.PARTITIONS -> "vPartition consumed";
            case VmRecord.StorageInUse.DISKS -> "vDisk capacity";
            default -> storage.source();
        };
    }

    /** What the OS string was recognised as, in words. */
    static String recognisedOs(OsInfo os) {
        if (os == null || !os.stated()) {
            return NO_OS;
        }
        return os.recognised() ? os.label() : OS_NOT_RECOGNISED;
    }
}
