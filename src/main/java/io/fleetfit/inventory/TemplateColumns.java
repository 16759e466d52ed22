package io.fleetfit.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of fleetfit's inventory template ({@link InventoryTemplate}): header, the fleetfit
 * column each fills, and what the template tells the client about it. Kept apart from the writer
 * and free of POI, because {@link HeaderMap} recognises the template's headers on every executor.
 * The template's headers are spelled here and nowhere else.
 */
final class TemplateColumns {

    static final String DATA_CLASSIFICATION = "Data classification";
    static final String ISOLATION_REQUIREMENT = "Isolation requirement";

    /**
     * One template column: its header, the fleetfit column it fills ({@code null}: a custom attribute
     * under the header's name, which the isolation rules search), its width in characters, what to
     * enter, an example, the values a drop-down offers (empty: free text) and whether it holds a
     * whole number.
     */
    record Column(String header, InventoryColumn column, int width, String help, String example,
                  List<String> choices, boolean wholeNumber) {
    }

    static final List<Column> COLUMNS = List.of(
            text("VM name", InventoryColumn.VM_NAME, 28,
                    "The VM's name as the hypervisor shows it (vCenter, Hyper-V, ...). Required: a row without a name is not read.",
                    "acme-web-01"),
            text("VM UUID", InventoryColumn.VM_UUID, 38,
                    "vCenter's instance UUID of the VM (RVTools: VM UUID), if known. Lets fleetfit spot a VM listed twice.",
                    "50123456-89ab-cdef-0123-456789abcdef"),
            text("SMBIOS UUID", InventoryColumn.SMBIOS_UUID, 38,
                    "The BIOS UUID the guest sees (RVTools: SMBIOS UUID), if known.",
                    "4212a0b1-5c6d-7e8f-9a0b-1c2d3e4f5a6b"),
            text("DNS name", InventoryColumn.DNS_NAME, 30, "The guest's fully qualified host name.", "web01.acme.local"),
            text("IP address", InventoryColumn.PRIMARY_IP, 16, "The guest's primary IP address.", "10.0.12.34"),
            text("vCenter", InventoryColumn.VI_SDK_SERVER, 24,
                    "The vCenter (or other manager) the VM is registered with.", "vcenter01.acme.local"),
            choice("Power state", InventoryColumn.POWER_STATE, 14,
                    "Whether the VM runs. Powered-off VMs are listed as retire candidates.",
                    "poweredOn", "poweredOn", "poweredOff", "suspended"),
            choice("Template", InventoryColumn.TEMPLATE, 11,
                    "True for a VM template: counted, but not assessed as a workload.", "False", "True", "False"),
            text("OS", InventoryColumn.OS_CONFIG, 40,
                    "The guest operating system with edition and bitness, as vCenter names it.",
                    "Microsoft Windows Server 2019 (64-bit)"),
            text("OS version", InventoryColumn.OS_VERSION, 14,
                    "The OS release, when the OS column does not name it (Linux distributions). Empty when OS says it all.",
                    "22.04"),
            number("vCPUs", InventoryColumn.CPUS, 8, "Virtual CPUs configured for the VM.", "4"),
            number("Memory (MiB)", InventoryColumn.MEMORY_MIB, 14,
                    "Memory configured for the VM, in MiB (8 GiB = 8192).", "8192"),
            number("Provisioned storage (MiB)", InventoryColumn.PROVISIONED_MIB, 16,
                    "The size of all the VM's virtual disks together, in MiB (100 GiB = 102400).", "102400"),
            number("In-use storage (MiB)", InventoryColumn.IN_USE_MIB, 16,
                    "The storage the VM actually takes up, in MiB.", "61440"),
            text("Datacenter", InventoryColumn.DATACENTER, 16, "The data centre or site.", "DC-North"),
            text("Cluster", InventoryColumn.CLUSTER, 18, "The host cluster.", "Prod-Cluster-01"),
            text("Host", InventoryColumn.HOST, 22, "The hypervisor host the VM runs on.", "esx01.acme.local"),
            text("Folder", InventoryColumn.FOLDER, 22, "The VM's folder.", "/Production/Web"),
            text("Resource pool", InventoryColumn.RESOURCE_POOL, 16, "The resource pool, if any.", "Gold"),
            text("Application", InventoryColumn.APPLICATION, 22,
                    "The application or service the VM belongs to; groups VMs into migration waves.", "Webshop"),
            text("Owner", InventoryColumn.OWNER, 22, "The person or team responsible for the VM.", "Team Webshop"),
            choice("Environment", InventoryColumn.ENVIRONMENT, 14, "The stage the VM serves.", "Production",
                    "Production", "Staging", "Test", "Development", "DR"),
            text("Business unit", InventoryColumn.BUSINESS_UNIT, 18, "The business unit or cost centre.", "Retail"),
            text("Annotation", InventoryColumn.ANNOTATION, 40,
                    "Anything else worth knowing: compliance (PCI DSS, HIPAA), security zone (DMZ), dependencies.",
                    "Payment gateway, PCI DSS scope"),
            choice(DATA_CLASSIFICATION, null, 18,
                    "The most sensitive data the VM holds. Regulated data (PCI DSS, HIPAA, ...) needs its own kernel.",
                    "Internal", "Public", "Internal", "Confidential", "Restricted", "Regulated"),
            choice(ISOLATION_REQUIREMENT, null, 20,
                    "Whether the workload needs a sandboxed runtime (gVisor, Kata) or a kernel of its own.",
                    "None", "None", "Sandboxed", "Dedicated kernel"));

    private static final Map<String, Column> BY_HEADER = new LinkedHashMap<>();

    static {
        for (Column column : COLUMNS) {
            BY_HEADER.put(InventoryColumn.normalize(column.header()), column);
        }
    }

    private TemplateColumns() {
    }

    /** The template's headers, in column order. */
    static List<String> headers() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    /** The template's headers as {@link InventoryColumn#normalize} keys them. */
    static Set<String> normalizedHeaders() {
        return BY_HEADER.keySet();
    }

    /** The fleetfit column a (normalized) template header fills; empty for attribute columns and other headers. */
    static Optional<InventoryColumn> columnFor(String normalizedHeader) {
        Column column = BY_HEADER.get(normalizedHeader);
        return column == null ? Optional.empty() : Optional.ofNullable(column.column());
    }

    private static Column text(String header, InventoryColumn column, int width, String help, String example) {
        return new Column(header, column, width, help, example, List.of(), false);
    }

    private static Column number(String header, InventoryColumn column, int width, String help, String example) {
        return new Column(header, column, width, help, example, List.of(), true);
    }

    private static Column choice(String header, InventoryColumn column, int width, String help, String example,
                                 String... choices) {
        return new Column(header, column, width, help, example, List.of(choices), false);
    }
}
