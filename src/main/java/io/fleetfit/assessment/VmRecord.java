package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical workload record: the facts one inventory row states about one VM, whatever the
 * input format. A {@code null} field means the inventory did not state the fact (the column or tab
 * was absent or the cell empty); it is never guessed.
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
 * @param osConfig "OS according to the configuration file" (or the format's only OS column)
 * @param osTools "OS according to the VMware Tools"
 * @param guestDetail "Guest Detailed Data" (carries prettyName with the release)
 * @param cpus vCPUs
 * @param memoryMib memory in MiB
 * @param provisionedMib provisioned storage in MiB
 * @param inUseMib storage in use in MiB
 * @param datacenter datacenter
 * @param cluster cluster
 * @param host ESXi host
 * @param folder VM folder (from vInfo, else from vDisk or vNetwork)
 * @param resourcePool resource pool
 * @param vApp vApp
 * @param annotation the free-text annotation (notes)
 * @param fixedPassthruHotPlug "Fixed Passthru HotPlug": a passthrough device is attached
 * @param latencySensitivity "Latency Sensitivity" (normal, high, ...)
 * @param ftState fault tolerance state (notConfigured, running, ...)
 * @param numMonitors number of virtual monitors
 * @param clusterRules "Cluster rule(s)" (host or VM affinity rules)
 * @param application the application the VM serves (attribute, CMDB or attributes file)
 * @param owner the owner or contact
 * @param environment the environment (production, test, ...)
 * @param businessUnit the business unit
 * @param dataClassification data classification (Public, Internal, Confidential, Restricted, Regulated)
 * @param isolationRequirement isolation requirement a consultant recorded (None, Sandboxed, Dedicated kernel)
 * @param statefulness whether the workload keeps state (Stateless, Stateful)
 * @param role the workload role a consultant recorded (a role id or label of the role catalog)
 * @param dispositionOverride a consultant's disposition code that overrides the computed one
 * @param overrideReason why the consultant overrode the disposition
 * @param diskCount virtual disks (vDisk rows, else vInfo Disks)
 * @param diskCapacityMib the sum of the virtual disks' capacities (vDisk)
 * @param rawDeviceMappings disks that are raw device mappings (vDisk Raw = True)
 * @param multiWriterDisks disks shared multi-writer (vDisk Sharing mode)
 * @param independentDisks disks in an independent mode (vDisk Disk Mode independent_*)
 * @param partitionConsumedMib space consumed inside the guest's partitions (vPartition)
 * @param nicAdapterTypes the network adapter types, ';'-separated (vNetwork Adapter)
 * @param passthroughNics SR-IOV or PCI passthrough network adapters (vNetwork Adapter)
 * @param networks the networks the VM is attached to, ';'-separated
 * @param usbDevices USB devices connected to the VM (vUSB rows of devices, not controllers, that are connected)
 * @param esxiVersion the ESXi version of the VM's host (vHost)
 * @param hostCpuModel the CPU model of the VM's host (vHost)
 * @param factSheets the sheets (tabs) that contributed facts to this record, e.g. vInfo, vDisk
 * @param customAttributes vCenter custom attribute columns and other unknown columns (header to value), in sheet order
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
        String application,
        String owner,
        String environment,
        String businessUnit,
        String dataClassification,
        String isolationRequirement,
        String statefulness,
        String role,
        String dispositionOverride,
        String overrideReason,
        Integer diskCount,
        Long diskCapacityMib,
        Integer rawDeviceMappings,
        Integer multiWriterDisks,
        Integer independentDisks,
        Long partitionConsumedMib,
        String nicAdapterTypes,
        Integer passthroughNics,
        String networks,
        Integer usbDevices,
        String esxiVersion,
        String hostCpuModel,
        java.util.Set<String> factSheets,
        Map<String, String> customAttributes,
        List<String> warnings) implements Serializable {

    public VmRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(vmName, "vmName");
        powerState = powerState == null ? PowerState.UNKNOWN : powerState;
        factSheets = OrderedSet.copyOf(factSheets);
        // sheet order matters to readers of the evidence: keep the insertion order
        customAttributes = Attributes.copyOf(customAttributes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** {@link #customAttributes} as the record holds them, by position (the constructor makes every map one). */
    public Attributes attributes() {
        return (Attributes) customAttributes;
    }

    /**
     * Storage in use and where the figure came from: vInfo's In Use, else the space consumed in the
     * guest's partitions (vPartition), else the virtual disks' capacity (vDisk), the first stated;
     * {@code null} mib when none is. Never 0 when disks are listed: exports without an In Use
     * column still list their disks.
     */
    public StorageInUse storageInUse() {
        if (inUseMib != null) {
            return new StorageInUse(inUseMib, StorageInUse.IN_USE);
        }
        if (partitionConsumedMib != null) {
            return new StorageInUse(partitionConsumedMib, StorageInUse.PARTITIONS);
        }
        if (diskCapacityMib != null) {
            return new StorageInUse(diskCapacityMib, StorageInUse.DISKS);
        }
        return StorageInUse.UNKNOWN;
    }

    /**
     * A workload's storage in use.
     *
     * @param mib MiB, {@code null} when nothing states it
     * @param source the column it came from ("In Use MiB", "vPartition Consumed MiB", "vDisk Capacity MiB")
     */
    public record StorageInUse(Long mib, String source) implements Serializable {
        public static final String IN_USE = "In Use MiB";
        public static final String PARTITIONS = "vPartition Consumed MiB (sum)";
        public static final String DISKS = "vDisk Capacity MiB (sum)";
        static final StorageInUse UNKNOWN = new StorageInUse(null, "");
    }

    public boolean isTemplate() {
        return Boolean.TRUE.equals(template);
    }

    public static Builder builder(SourceRef source, String vmName) {
        return new Builder(source, vmName);
    }

    public Builder toBuilder() {
        Builder b = new Builder(source, vmName);
        b.vmUuid = vmUuid;
        b.smbiosUuid = smbiosUuid;
        b.dnsName = dnsName;
        b.primaryIp = primaryIp;
        b.viSdkServer = viSdkServer;
        b.powerState = powerState;
        b.template = template;
        b.osConfig = osConfig;
        b.osTools = osTools;
        b.guestDetail = guestDetail;
        b.cpus = cpus;
        b.memoryMib = memoryMib;
        b.provisionedMib = provisionedMib;
        b.inUseMib = inUseMib;
        b.datacenter = datacenter;
        b.cluster = cluster;
        b.host = host;
        b.folder = folder;
        b.resourcePool = resourcePool;
        b.vApp = vApp;
        b.annotation = annotation;
        b.fixedPassthruHotPlug = fixedPassthruHotPlug;
        b.latencySensitivity = latencySensitivity;
        b.ftState = ftState;
        b.numMonitors = numMonitors;
        b.clusterRules = clusterRules;
        b.application = application;
        b.owner = owner;
        b.environment = environment;
        b.businessUnit = businessUnit;
        b.dataClassification = dataClassification;
        b.isolationRequirement = isolationRequirement;
        b.statefulness = statefulness;
        b.role = role;
        b.dispositionOverride = dispositionOverride;
        b.overrideReason = overrideReason;
        b.diskCount = diskCount;
        b.diskCapacityMib = diskCapacityMib;
        b.rawDeviceMappings = rawDeviceMappings;
        b.multiWriterDisks = multiWriterDisks;
        b.independentDisks = independentDisks;
        b.partitionConsumedMib = partitionConsumedMib;
        b.nicAdapterTypes = nicAdapterTypes;
        b.passthroughNics = passthroughNics;
        b.networks = networks;
        b.usbDevices = usbDevices;
        b.esxiVersion = esxiVersion;
        b.hostCpuModel = hostCpuModel;
        b.factSheets = factSheets;
        b.customAttributes = customAttributes;
        b.warnings = warnings;
        return b;
    }

    /** Mutable builder; readers fill what their format states, tests override one field at a time. */
    public static final class Builder {
        private final SourceRef source;
        private final String vmName;
        private String vmUuid;
        private String smbiosUuid;
        private String dnsName;
        private String primaryIp;
        private String viSdkServer;
        private PowerState powerState = PowerState.UNKNOWN;
        private Boolean template;
        private String osConfig;
        private String osTools;
        private String guestDetail;
        private Integer cpus;
        private Long memoryMib;
        private Long provisionedMib;
        private Long inUseMib;
        private String datacenter;
        private String cluster;
        private String host;
        private String folder;
        private String resourcePool;
        private String vApp;
        private String annotation;
        private Boolean fixedPassthruHotPlug;
        private String latencySensitivity;
        private String ftState;
        private Integer numMonitors;
        private String clusterRules;
        private String application;
        private String owner;
        private String environment;
        private String businessUnit;
        private String dataClassification;
        private String isolationRequirement;
        private String statefulness;
        private String role;
        private String dispositionOverride;
        private String overrideReason;
        private Integer diskCount;
        private Long diskCapacityMib;
        private Integer rawDeviceMappings;
        private Integer multiWriterDisks;
        private Integer independentDisks;
        private Long partitionConsumedMib;
        private String nicAdapterTypes;
        private Integer passthroughNics;
        private String networks;
        private Integer usbDevices;
        private String esxiVersion;
        private String hostCpuModel;
        private java.util.Set<String> factSheets = java.util.Set.of();
        private Map<String, String> customAttributes = Map.of();
        private List<String> warnings = List.of();

        private Builder(SourceRef source, String vmName) {
            this.source = source;
            this.vmName = vmName;
        }

        public Builder vmUuid(String v) { vmUuid = v; return this; }
        public Builder smbiosUuid(String v) { smbiosUuid = v; return this; }
        public Builder dnsName(String v) { dnsName = v; return this; }
        public Builder primaryIp(String v) { primaryIp = v; return this; }
        public Builder viSdkServer(String v) { viSdkServer = v; return this; }
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
        public Builder application(String v) { application = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder environment(String v) { environment = v; return this; }
        public Builder businessUnit(String v) { businessUnit = v; return this; }
        public Builder dataClassification(String v) { dataClassification = v; return this; }
        public Builder isolationRequirement(String v) { isolationRequirement = v; return this; }
        public Builder statefulness(String v) { statefulness = v; return this; }
        public Builder role(String v) { role = v; return this; }
        public Builder dispositionOverride(String v) { dispositionOverride = v; return this; }
        public Builder overrideReason(String v) { overrideReason = v; return this; }
        public Builder diskCount(Integer v) { diskCount = v; return this; }
        public Builder diskCapacityMib(Long v) { diskCapacityMib = v; return this; }
        public Builder rawDeviceMappings(Integer v) { rawDeviceMappings = v; return this; }
        public Builder multiWriterDisks(Integer v) { multiWriterDisks = v; return this; }
        public Builder independentDisks(Integer v) { independentDisks = v; return this; }
        public Builder partitionConsumedMib(Long v) { partitionConsumedMib = v; return this; }
        public Builder nicAdapterTypes(String v) { nicAdapterTypes = v; return this; }
        public Builder passthroughNics(Integer v) { passthroughNics = v; return this; }
        public Builder networks(String v) { networks = v; return this; }
        public Builder usbDevices(Integer v) { usbDevices = v; return this; }
        public Builder esxiVersion(String v) { esxiVersion = v; return this; }
        public Builder hostCpuModel(String v) { hostCpuModel = v; return this; }
        public Builder factSheets(java.util.Set<String> v) { factSheets = v; return this; }
        public Builder customAttributes(Map<String, String> v) { customAttributes = v; return this; }
        public Builder warnings(List<String> v) { warnings = v; return this; }

        public VmRecord build() {
            return new VmRecord(source, vmName, vmUuid, smbiosUuid, dnsName, primaryIp, viSdkServer, powerState, template, osConfig, osTools, guestDetail, cpus, memoryMib, provisionedMib, inUseMib, datacenter, cluster, host, folder, resourcePool, vApp, annotation, fixedPassthruHotPlug, latencySensitivity, ftState, numMonitors, clusterRules, application, owner, environment, businessUnit, dataClassification, isolationRequirement, statefulness, role, dispositionOverride, overrideReason, diskCount, diskCapacityMib, rawDeviceMappings, multiWriterDisks, independentDisks, partitionConsumedMib, nicAdapterTypes, passthroughNics, networks, usbDevices, esxiVersion, hostCpuModel, factSheets, customAttributes, warnings);
        }
    }
}
