package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical workload record: the facts one inventory row states about one VM, whatever the
 * input format. A {@code null} field means the inventory did not state the fact (the column was
 * absent or the cell empty); it is never guessed.
 *
 * @param source where the row came from
 * @param vmName the VM's name (never blank: a row without one is rejected by the reader)
 * @param vmUuid vCenter's instance UUID ("VM UUID")
 * @param smbiosUuid the BIOS UUID ("SMBIOS UUID")
 * @param dnsName guest host name
 * @param primaryIp primary IP address
 * @param viSdkServer the vCenter the row was exported from
 * @param powerState power state, {@link PowerState#UNKNOWN} when not stated
 * @param template whether the row is a template ({@code null}: not stated)
 * @param osConfig "OS according to the configuration file"
 * @param osTools "OS according to the VMware Tools"
 * @param guestDetail "Guest Detailed Data" (carries prettyName with the release)
 * @param cpus vCPUs
 * @param memoryMib memory in MiB
 * @param provisionedMib provisioned storage in MiB
 * @param inUseMib storage in use in MiB
 * @param datacenter datacenter
 * @param cluster cluster
 * @param host ESXi host
 * @param folder VM folder
 * @param resourcePool resource pool
 * @param vApp vApp
 * @param annotation the free-text annotation (notes)
 * @param fixedPassthruHotPlug "Fixed Passthru HotPlug": a passthrough device is attached
 * @param latencySensitivity "Latency Sensitivity" (normal, high, ...)
 * @param ftState fault tolerance state (notConfigured, running, ...)
 * @param numMonitors number of virtual monitors
 * @param clusterRules "Cluster rule(s)" (host or VM affinity rules)
 * @param customAttributes vCenter custom attribute columns (header to value), in sheet order
 * @param warnings facts the reader could not read (the fact is then treated as not stated)
 */
public record VmRecord(
        SourceRef source,
        String vmName,
        String vmUuid,
        String smbiosUuid,
        String dnsName,
        String primaryIp,
        String viSdkServer,
        PowerState powerState,
        Boolean template,
        String osConfig,
        String osTools,
        String guestDetail,
        Integer cpus,
        Long memoryMib,
        Long provisionedMib,
        Long inUseMib,
        String datacenter,
        String cluster,
        String host,
        String folder,
        String resourcePool,
        String vApp,
        String annotation,
        Boolean fixedPassthruHotPlug,
        String latencySensitivity,
        String ftState,
        Integer numMonitors,
        String clusterRules,
        Map<String, String> customAttributes,
        List<String> warnings) implements Serializable {

    public VmRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(vmName, "vmName");
        powerState = powerState == null ? PowerState.UNKNOWN : powerState;
        // sheet order matters to readers of the evidence: keep the insertion order
        customAttributes = customAttributes == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean isTemplate() {
        return Boolean.TRUE.equals(template);
    }

    public static Builder builder(SourceRef source, String vmName) {
        return new Builder(source, vmName);
    }

    public Builder toBuilder() {
        Builder b = new Builder(source, vmName);
        b.vmUuid = vmUuid; b.smbiosUuid = smbiosUuid; b.dnsName = dnsName; b.primaryIp = primaryIp;
        b.viSdkServer = viSdkServer; b.powerState = powerState; b.template = template;
        b.osConfig = osConfig; b.osTools = osTools; b.guestDetail = guestDetail; b.cpus = cpus;
        b.memoryMib = memoryMib; b.provisionedMib = provisionedMib; b.inUseMib = inUseMib;
        b.datacenter = datacenter; b.cluster = cluster; b.host = host; b.folder = folder;
        b.resourcePool = resourcePool; b.vApp = vApp; b.annotation = annotation;
        b.fixedPassthruHotPlug = fixedPassthruHotPlug; b.latencySensitivity = latencySensitivity;
        b.ftState = ftState; b.numMonitors = numMonitors; b.clusterRules = clusterRules;
        b.customAttributes = customAttributes; b.warnings = warnings;
        return b;
    }

    /** Mutable builder; readers fill what their format states, tests override one field at a time. */
    public static final class Builder {
        private final SourceRef source;
        private final String vmName;
        private String vmUuid, smbiosUuid, dnsName, primaryIp, viSdkServer;
        private PowerState powerState = PowerState.UNKNOWN;
        private Boolean template;
        private String osConfig, osTools, guestDetail;
        private Integer cpus;
        private Long memoryMib, provisionedMib, inUseMib;
        private String datacenter, cluster, host, folder, resourcePool, vApp, annotation;
        private Boolean fixedPassthruHotPlug;
        private String latencySensitivity, ftState;
        private Integer numMonitors;
        private String clusterRules;
        private Map<String, String> customAttributes = Map.of();
        private List<String> warnings = List.of();

        private Builder(SourceRef source, String vmName) {
            this.source = source;
            this.vmName = vmName;
        }

        public Builder vmUuid(String v) { vmUuid = v; return this; }
        public Builder dnsName(String v) { dnsName = v; return this; }
        public Builder primaryIp(String v) { primaryIp = v; return this; }
        public Builder viSdkServer(String v) { viSdkServer = v; return this; }
        public Builder smbiosUuid(String v) { smbiosUuid = v; return this; }
        public Builder powerState(PowerState v) { powerState = v; return this; }
        public Builder template(Boolean v) { template = v; return this; }
        public Builder osConfig(String v) { osConfig = v; return this; }
        public Builder osTools(String v) { osTools = v; return this; }
        public Builder guestDetail(String v) { guestDetail = v; return this; }
        public Builder cpus(Integer v) { cpus = v; return this; }
        public Builder memoryMib(Long v) { memoryMib = v; return this; }
        public Builder provisionedMib(Long v) { provisionedMib = v; return this; }
        public Builder inUseMib(Long v) { inUseMib = v; return this; }
        public Builder datacenter(String v) { datacenter = v; return this; }
        public Builder cluster(String v) { cluster = v; return this; }
        public Builder host(String v) { host = v; return this; }
        public Builder folder(String v) { folder = v; return this; }
        public Builder resourcePool(String v) { resourcePool = v; return this; }
        public Builder vApp(String v) { vApp = v; return this; }
        public Builder annotation(String v) { annotation = v; return this; }
        public Builder fixedPassthruHotPlug(Boolean v) { fixedPassthruHotPlug = v; return this; }
        public Builder latencySensitivity(String v) { latencySensitivity = v; return this; }
        public Builder ftState(String v) { ftState = v; return this; }
        public Builder numMonitors(Integer v) { numMonitors = v; return this; }
        public Builder clusterRules(String v) { clusterRules = v; return this; }
        public Builder customAttributes(Map<String, String> v) { customAttributes = v; return this; }
        public Builder warnings(List<String> v) { warnings = v; return this; }

        public VmRecord build() {
            return new VmRecord(source, vmName, vmUuid, smbiosUuid, dnsName, primaryIp, viSdkServer,
                    powerState, template, osConfig, osTools, guestDetail, cpus, memoryMib,
                    provisionedMib, inUseMib, datacenter, cluster, host, folder, resourcePool, vApp,
                    annotation, fixedPassthruHotPlug, latencySensitivity, ftState, numMonitors,
                    clusterRules, customAttributes, warnings);
        }
    }
}
