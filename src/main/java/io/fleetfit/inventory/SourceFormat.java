package io.fleetfit.inventory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kind of export an inventory's header row comes from, recognised from the headers alone so
 * that the same detection serves xlsx sheets and CSV files, or forced with {@code --format ID}.
 * The format names the file in the report; the headers themselves are read the same way in every
 * format ({@link HeaderMap}), so a forced format never loses a column.
 */
public enum SourceFormat {
    /** RVTools' vInfo tab, as xlsx or as CSV with the same headers (RVTools 3.x and 4.x). */
    RVTOOLS("rvtools", "RVTools vInfo"),
    /** RVTools' "Export all to csv": vInfo headers prefixed with the tab's name ("vInfoVMName"). */
    RVTOOLS_CSV_EXPORT("rvtools-csv", "RVTools CSV export"),
    /** Azure Migrate's "Import using CSV" template ("*Server name", "*Cores", "*Memory (In MB)", ...). */
    AZURE_MIGRATE("azure-migrate", "Azure Migrate import CSV"),
    /** AWS Migration Hub's import template ("ExternalId", "VMware.VMName", "RAM.TotalSizeInMB", ...). */
    AWS_MIGRATION_HUB("aws-mhub", "AWS Migration Hub import CSV"),
    /** fleetfit's own inventory template ({@link InventoryTemplate}), filled in by a client. */
    FLEETFIT_TEMPLATE("template", "fleetfit template"),
    /** Any export whose headers a mapping file ({@link FieldMapping}) maps onto fleetfit's fields. */
    MAPPED("mapped", "Mapped (mapping file)"),
    /** A hand-made list with some recognisable headers (a VM column at least). */
    GENERIC("generic", "Generic inventory");

    /** At least this many tab-prefixed vInfo headers make an RVTools CSV export. */
    private static final int MIN_TAB_PREFIXED = 3;
    /**
     * At least this many of Azure's four mandatory headers, with their "*", make an Azure Migrate
     * file; without the stars (a client tidied them away) it takes all four.
     */
    private static final int MIN_AZURE_STARRED = 2;
    /** At least this many AWS-only field names make an AWS Migration Hub file. */
    private static final int MIN_AWS = 2;
    /**
     * At least this many of the template's own headers (those that are no RVTools vInfo header)
     * make a filled-in fleetfit template.
     */
    private static final int MIN_TEMPLATE = 8;

    private static final List<String> AZURE_MANDATORY = List.of(
            "*Server name", "*Cores", "*Memory (In MB)", "*OS name");
    private static final Set<String> AZURE_STARRED = AZURE_MANDATORY.stream()
            .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> AZURE_UNSTARRED = normalized(AZURE_MANDATORY.toArray(String[]::new));
    private static final Set<String> AWS_FIELDS = normalized(
            "ExternalId", "SMBiosId", "IPAddress", "MACAddress", "VMware.MoRefId", "VMware.VCenterId",
            "VMware.VMName", "CPU.NumberOfProcessors", "CPU.NumberOfCores", "CPU.NumberOfLogicalCores",
            "OS.Name", "OS.Version", "RAM.TotalSizeInMB", "RAM.UsedSizeInMB.Avg", "RAM.UsedSizeInMB.Max",
            "CPU.UsagePct.Avg", "CPU.UsagePct.Max");

    private final String id;
    private final String label;

    SourceFormat(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id given with {@code --format} ("azure-migrate"). */
    public String id() {
        return id;
    }

    /** The name people read in the report ("Azure Migrate import CSV"). */
    public String label() {
        return label;
    }

    /** The format with an id, any case; an unknown id is refused with the list of valid ones. */
    public static SourceFormat forId(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (SourceFormat format : values()) {
            if (format.id.equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown inventory format '" + id + "'; valid formats are: "
                + validIds() + ".");
    }

    /** "rvtools, rvtools-csv, azure-migrate, ..." for help texts and messages. */
    public static String validIds() {
        return Arrays.stream(values()).map(SourceFormat::id).collect(Collectors.joining(", "));
    }

    /**
     * Recognises a header row (cells trimmed, BOM removed). {@code mappedHeaders} counts the headers a mapping file names; any
     * makes the file MAPPED, since the consultant wrote the mapping for exactly such a file.
     * {@code rvtoolsLayout} is whether the row carries enough standard vInfo headers.
     */
    static SourceFormat detect(List<String> headers, int mappedHeaders, boolean rvtoolsLayout) {
        if (mappedHeaders > 0) {
            return MAPPED;
        }
        int tabPrefixed = 0;
        int azureStarred = 0;
        int azure = 0;
        int aws = 0;
        int template = 0;
        Set<String> templateHeaders = TemplateColumns.normalizedHeaders();
        for (String raw : headers) {
            String header = InventoryColumn.normalize(raw);
            if (InventoryColumn.isTabPrefixed(header) && HeaderMap.isStandardVinfoHeader(header)) {
                tabPrefixed++;
            }
            if (AZURE_STARRED.contains(raw.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                azureStarred++;
            }
            if (AZURE_UNSTARRED.contains(header)) {
                azure++;
            }
            if (AWS_FIELDS.contains(header)) {
                aws++;
            }
            if (templateHeaders.contains(header) && !HeaderMap.isStandardVinfoHeader(header)) {
                template++;
            }
        }
        if (tabPrefixed >= MIN_TAB_PREFIXED) {
            return RVTOOLS_CSV_EXPORT;
        }
        if (azureStarred >= MIN_AZURE_STARRED || azure == AZURE_MANDATORY.size()) {
            return AZURE_MIGRATE;
        }
        if (aws >= MIN_AWS) {
            return AWS_MIGRATION_HUB;
        }
        // before RVTools: the template shares ten headers with vInfo, but vInfo has few of the template's own
        if (template >= MIN_TEMPLATE) {
            return FLEETFIT_TEMPLATE;
        }
        return rvtoolsLayout ? RVTOOLS : GENERIC;
    }

    private static Set<String> normalized(String... headers) {
        return Arrays.stream(headers).map(InventoryColumn::normalize).collect(Collectors.toUnmodifiableSet());
    }
}
