package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.OsRecognizer;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Locale;
import java.util.Optional;

/**
 * vSphere creates and removes some VMs itself: the vSphere Cluster Service agents ({@code vCLS-...},
 * in vSphere 7.0 U1 and later; {@code vCLS (1)} in the first releases) that keep DRS and HA
 * running, and the vSphere Pod VMs that run a pod on "VMware Photon CRX". They are not workloads
 * and leave with the hypervisor: listed and counted, never assessed.
 */
public record SystemVm() implements Rule {

    @Override public String id() { return Excluded.Kind.SYSTEM_VM.ruleId(); }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.EXCLUDE; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Excludes system VMs that vSphere creates and removes itself (vSphere Cluster Service agents vCLS-..., vSphere Pod VMs on VMware Photon CRX): listed and counted, never assessed.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String name = w.vm().vmName().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("vcls-") || lower.startsWith("vcls (") || lower.equals("vcls")) {
            return Optional.of(finding("Is a vSphere Cluster Service agent VM, which vSphere creates and removes itself: not a workload.",
                    Evidence.cite("VM", name)));
        }
        for (String os : new String[] {w.vm().osTools(), w.vm().osConfig()}) {
            if (os != null && os.toLowerCase(Locale.ROOT).contains("photon crx")) {
                return Optional.of(finding("Is a vSphere Pod VM (VMware Photon CRX), which vSphere creates and removes with its pod: not a workload.",
                        Evidence.cite(os.equals(w.vm().osTools()) ? OsRecognizer.TOOLS_COLUMN : OsRecognizer.CONFIG_COLUMN, os)));
            }
        }
        return Optional.empty();
    }
}
