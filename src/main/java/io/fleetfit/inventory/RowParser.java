package io.fleetfit.inventory;

import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one row of cells, as text, into a {@link VmRecord} or a {@link Rejection}. Pure: no I/O,
 * the same for every file format. Values are trimmed and otherwise kept as written; text that
 * looks like a formula stays text. A cell that cannot be read as its column's type leaves the
 * fact unknown and adds a warning to the record, so one bad cell never loses the row.
 */
public final class RowParser {

    /** Digits grouped in threes by a comma, space, no-break space, thin space or apostrophe. */
    private static final Pattern GROUPED = Pattern.compile(
            "[+-]?\\d{1,3}([,\\u00A0\\u202F\\u2009' ])\\d{3}(\\1\\d{3})*(\\.\\d+)?");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[,\\u00A0\\u202F\\u2009' ]");
    /** Dots as group separators ("1.048.576"): only with two or more groups, since "32.768" is a decimal. */
    private static final Pattern DOT_GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** No inventory size needs more digits than a long holds. */
    private static final int MAX_INTEGER_DIGITS = 18;

    private RowParser() {
    }

    /** True when every cell is null or blank: such rows are skipped, neither counted nor rejected. */
    public static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Parses one data row; {@code cells} may be shorter than the header (trailing cells empty). */
    public static ReadRow parse(SourceRef source, HeaderMap headers, List<String> cells) {
        Cells row = new Cells(headers, cells);
        String vmName = row.text(InventoryColumn.VM_NAME);
        if (vmName == null) {
            return new ReadRow.Rejected(new Rejection(source, "",
                    "No VM name in column " + headers.headerOf(InventoryColumn.VM_NAME) + "."));
        }
        VmRecord vm = VmRecord.builder(source, vmName)
                .vmUuid(row.text(InventoryColumn.VM_UUID))
                .smbiosUuid(row.text(InventoryColumn.SMBIOS_UUID))
                .dnsName(row.text(InventoryColumn.DNS_NAME))
                .primaryIp(row.text(InventoryColumn.PRIMARY_IP))
                .viSdkServer(row.text(InventoryColumn.VI_SDK_SERVER))
                .powerState(row.powerState())
                .template(row.bool(InventoryColumn.TEMPLATE))
                .osConfig(row.text(InventoryColumn.OS_CONFIG))
                .osTools(row.text(InventoryColumn.OS_TOOLS))
                .guestDetail(row.text(InventoryColumn.GUEST_DETAIL))
                .cpus(row.count(InventoryColumn.CPUS, true))
                .memoryMib(row.mib(InventoryColumn.MEMORY_MIB, true))
                .provisionedMib(row.mib(InventoryColumn.PROVISIONED_MIB, false))
                .inUseMib(row.mib(InventoryColumn.IN_USE_MIB, false))
                .datacenter(row.text(InventoryColumn.DATACENTER))
                .cluster(row.text(InventoryColumn.CLUSTER))
                .host(row.text(InventoryColumn.HOST))
                .folder(row.text(InventoryColumn.FOLDER))
                .resourcePool(row.text(InventoryColumn.RESOURCE_POOL))
                .vApp(row.text(InventoryColumn.VAPP))
                .annotation(row.text(InventoryColumn.ANNOTATION))
                .fixedPassthruHotPlug(row.bool(InventoryColumn.FIXED_PASSTHRU_HOTPLUG))
                .latencySensitivity(row.text(InventoryColumn.LATENCY_SENSITIVITY))
                .ftState(row.text(InventoryColumn.FT_STATE))
                .numMonitors(row.count(InventoryColumn.NUM_MONITORS, false))
                .clusterRules(row.text(InventoryColumn.CLUSTER_RULES))
                .customAttributes(row.customAttributes())
                .warnings(row.warnings)
                .build();
        return new ReadRow.Vm(vm);
    }

    /**
     * Reads a number: "16384", "16,384", "16 384", "1.048.576", "4.0". A single dot is a decimal
     * point and a single comma before three digits groups thousands, as RVTools and Excel write
     * them in English; "4,5" is not guessed. Null when the text is not a number.
     */
    static BigDecimal parseNumber(String value) {
        String s = value.strip();
        if (GROUPED.matcher(s).matches()) {
            s = GROUP_SEPARATOR.matcher(s).replaceAll("");
        } else if (DOT_GROUPED.matcher(s).matches()) {
            s = s.replace(".", "");
        } else if (!PLAIN.matcher(s).matches()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads True/False, Yes/No, 1/0 in any case; null for anything else. */
    static Boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** One row's cells, with the warnings collected while reading them. */
    private static final class Cells {
        private final HeaderMap headers;
        private final List<String> cells;
        private final List<String> warnings = new ArrayList<>();

        Cells(HeaderMap headers, List<String> cells) {
            this.headers = headers;
            this.cells = cells;
        }

        String text(InventoryColumn column) {
            return at(headers.indexOf(column));
        }

        String at(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String cell = cells.get(index);
            if (cell == null) {
                return null;
            }
            String value = cell.strip();
            return value.isEmpty() ? null : value;
        }

        PowerState powerState() {
            String raw = text(InventoryColumn.POWER_STATE);
            PowerState state = PowerState.parse(raw);
            if (raw != null && state == PowerState.UNKNOWN) {
                warn(InventoryColumn.POWER_STATE, raw, "is not a known power state");
            }
            return state;
        }

        Boolean bool(InventoryColumn column) {
            String raw = text(column);
            if (raw == null) {
                return null;
            }
            Boolean value = parseBoolean(raw);
            if (value == null) {
                warn(column, raw, "is not True or False");
            }
            return value;
        }

        /** A whole count (vCPUs, monitors): "4" and "4.0" are 4, "4.5" is not a count. */
        Integer count(InventoryColumn column, boolean zeroIsUnknown) {
            BigDecimal number = number(column, zeroIsUnknown);
            if (number == null) {
                return null;
            }
            try {
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                warn(column, text(column), "is not a whole number");
                return null;
            }
        }

        /** A size in MiB, rounded to the nearest whole MiB. */
        Long mib(InventoryColumn column, boolean zeroIsUnknown) {
            BigDecimal number = number(column, zeroIsUnknown);
            if (number == null) {
                return null;
            }
            try {
                return number.setScale(0, RoundingMode.HALF_UP).longValueExact();
            } catch (ArithmeticException e) {
                warn(column, text(column), "is too large");
                return null;
            }
        }

        /**
         * A non-negative number. With {@code zeroIsUnknown}, 0 is unknown too: vCenter reports 0
         * vCPUs and 0 MiB of memory for a VM whose configuration it cannot read (an inaccessible
         * or orphaned VM), and no running VM has either.
         */
        private BigDecimal number(InventoryColumn column, boolean zeroIsUnknown) {
            String raw = text(column);
            if (raw == null) {
                return null;
            }
            BigDecimal number = parseNumber(raw);
            if (number == null) {
                warn(column, raw, "is not a number");
                return null;
            }
            if (number.signum() < 0) {
                warn(column, raw, "is negative");
                return null;
            }
            // a crafted "1E+999999999" would otherwise expand to a billion digits
            if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
                warn(column, raw, "is too large");
                return null;
            }
            if (zeroIsUnknown && number.signum() == 0) {
                warn(column, raw, "is zero, which vCenter reports when it cannot read the VM's configuration");
                return null;
            }
            return number;
        }

        Map<String, String> customAttributes() {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i : headers.customAttributeIndexes()) {
                String value = at(i);
                if (value != null) {
                    values.put(headers.headers().get(i), value);
                }
            }
            return values;
        }

        private void warn(InventoryColumn column, String raw, String problem) {
            warnings.add(headers.headerOf(column) + " '" + raw + "' " + problem + "; treated as unknown.");
        }
    }
}
