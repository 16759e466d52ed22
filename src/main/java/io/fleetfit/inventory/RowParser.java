package io.fleetfit.inventory;

import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
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
 *
 * <p>What differs between formats comes from the {@link HeaderMap}: which cells a fact is read
 * from (falling back to the next when blank), the unit of each size, whether commas are decimal.
 * What the formats have in common is done here for all of them: an OS name joined with a separate
 * version and architecture, the first of a list of IP addresses, "key:value" tags split into
 * custom attributes, and application, owner, environment and business unit taken from a column or
 * else a tag.
 */
public final class RowParser {

    /** Digits grouped in threes by a comma, space, no-break space, thin space or apostrophe. */
    private static final Pattern GROUPED = Pattern.compile(
            "[+-]?\\d{1,3}([,\\u00A0\\u202F\\u2009' ])\\d{3}(\\1\\d{3})*(\\.\\d+)?");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[,\\u00A0\\u202F\\u2009' ]");
    /** Dots as group separators ("1.048.576"): only with two or more groups, since "32.768" is a decimal. */
    private static final Pattern DOT_GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3}){2,}");
    /** Groups by dot or space and a decimal comma ("1.234,5", "16 384,25"): European, whatever the file. */
    private static final Pattern EU_GROUPED = Pattern.compile(
            "[+-]?\\d{1,3}([.\\u00A0\\u202F\\u2009' ])\\d{3}(\\1\\d{3})*,\\d+");
    private static final Pattern GROUP_SEPARATOR_EU = Pattern.compile("[.\\u00A0\\u202F\\u2009' ]");
    /** One comma between digits ("4,5", "1,234"): a decimal comma where the file says so. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    /** One dot before three digits ("32.768"): thousands where the file writes decimal commas. */
    private static final Pattern DOT_GROUPED_ONCE = Pattern.compile("[+-]?\\d{1,3}\\.\\d{3}");
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

    /**
     * Parses one record of a delimited (CSV) file. A record with more fields than the header had a
     * delimiter inside an unquoted value (an annotation "owner ops, backup weekly, tier 2"), which
     * moved every later value into the wrong column: it is rejected rather than judged on shifted
     * facts. Extra fields that are all empty move nothing (an export may end each row with a
     * delimiter), and a record with fewer fields leaves the header's last columns empty, as RVTools
     * writes them: both are read.
     */
    public static ReadRow parseRecord(SourceRef source, HeaderMap headers, List<String> fields) {
        int width = headers.headers().size();
        if (fields.size() > width) {
            if (!isBlank(fields.subList(width, fields.size()))) {
                return new ReadRow.Rejected(new Rejection(source, "", "Row " + source.row() + " of " + source.file()
                        + " has " + fields.size() + " fields but its header has " + width + ": a delimiter inside an"
                        + " unquoted value shifts every later column; put that value in quotes, or export the file again."));
            }
            return parse(source, headers, fields.subList(0, width));
        }
        return parse(source, headers, fields);
    }

    /** Parses one data row; {@code cells} may be shorter than the header (trailing cells empty). */
    public static ReadRow parse(SourceRef source, HeaderMap headers, List<String> cells) {
        Cells row = new Cells(headers, cells);
        String vmName = row.text(InventoryColumn.VM_NAME);
        if (vmName == null) {
            return new ReadRow.Rejected(new Rejection(source, "",
                    "No VM name in column " + headers.headerOf(InventoryColumn.VM_NAME) + "."));
        }
        Map<String, String> attributes = row.customAttributes();
        Map<InventoryColumn, String> tagged = row.tags(attributes);
        VmRecord vm = VmRecord.builder(source, vmName)
                .vmUuid(row.text(InventoryColumn.VM_UUID))
                .smbiosUuid(row.text(InventoryColumn.SMBIOS_UUID))
                .dnsName(row.text(InventoryColumn.DNS_NAME))
                .primaryIp(firstAddress(row.text(InventoryColumn.PRIMARY_IP)))
                .viSdkServer(row.text(InventoryColumn.VI_SDK_SERVER))
                .powerState(row.powerState())
                .template(row.bool(InventoryColumn.TEMPLATE))
                .osConfig(osWithVersion(row.text(InventoryColumn.OS_CONFIG), row.text(InventoryColumn.OS_VERSION),
                        row.text(InventoryColumn.OS_ARCHITECTURE)))
                .osTools(row.text(InventoryColumn.OS_TOOLS))
                .guestDetail(row.text(InventoryColumn.GUEST_DETAIL))
                .cpus(row.count(InventoryColumn.CPUS, true))
                .memoryMib(row.mib(InventoryColumn.MEMORY_MIB, true))
                .provisionedMib(row.mib(InventoryColumn.PROVISIONED_MIB, false))
                .inUseMib(row.mib(InventoryColumn.IN_USE_MIB, false))
                .diskCount(row.count(InventoryColumn.DISK_COUNT, false))
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
                .application(row.attribute(InventoryColumn.APPLICATION, tagged))
                .owner(row.attribute(InventoryColumn.OWNER, tagged))
                .environment(row.attribute(InventoryColumn.ENVIRONMENT, tagged))
                .businessUnit(row.attribute(InventoryColumn.BUSINESS_UNIT, tagged))
                .customAttributes(attributes)
                .warnings(row.warnings)
                .build();
        return new ReadRow.Vm(vm);
    }

    /**
     * The OS string of a format that keeps the release and bitness apart (Azure Migrate: "Windows
     * Server 2016 Standard", "", "x64"; AWS: "Ubuntu", "22.04"), joined the way vSphere names
     * guests: "Windows Server 2016 Standard (64-bit)", "Ubuntu 22.04". The version goes before a
     * bitness already in the name, and neither is added twice.
     */
    static String osWithVersion(String name, String version, String architecture) {
        String os = name;
        if (version != null && (os == null || !containsWord(os, version))) {
            if (os == null) {
                os = version;
            } else {
                int paren = os.lastIndexOf(" (");
                os = paren > 0 && os.endsWith(")") ? os.substring(0, paren) + " " + version + os.substring(paren)
                        : os + " " + version;
            }
        }
        String bits = bitness(architecture);
        if (os != null && bits != null && !os.toLowerCase(Locale.ROOT).matches(".*\\b(32|64)[- ]?bits?\\b.*")) {
            os = os + " (" + bits + ")";
        }
        return os;
    }

    /** "x64" gives "64-bit", "x86" "32-bit"; anything else nothing (ARM is named by the OS, not guessed). */
    static String bitness(String architecture) {
        if (architecture == null) {
            return null;
        }
        return switch (architecture.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")) {
            case "x64", "amd64", "x8664", "64", "64bit", "em64t" -> "64-bit";
            case "x86", "i386", "i486", "i586", "i686", "32", "32bit" -> "32-bit";
            default -> null;
        };
    }

    /** The first of a list of addresses ("10.0.0.1, 10.0.0.2" gives 10.0.0.1). */
    static String firstAddress(String value) {
        if (value == null) {
            return null;
        }
        String first = value.strip().split("[,;\\s]+", 2)[0];
        return first.isEmpty() ? null : first;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /**
     * Reads a number as RVTools and Excel write it in English: "16384", "16,384", "16 384",
     * "1.048.576", "1,234.5", "4.0", and the unambiguous European "1.234,5". A lone comma before
     * three digits groups thousands; "4,5" is not guessed. Null when the text is not a number.
     */
    static BigDecimal parseNumber(String value) {
        return parseNumber(value, false);
    }

    /**
     * Reads a number; with {@code decimalComma} (a file a European Excel wrote) a lone comma is the
     * decimal separator ("4,5", "1,234" is 1.234) and a lone dot before three digits groups
     * thousands ("32.768").
     */
    static BigDecimal parseNumber(String value, boolean decimalComma) {
        String s = value.strip();
        if (isInteger(s)) {
            return new BigDecimal(s); // most cells: what PLAIN would match, without the six patterns before it
        }
        if (EU_GROUPED.matcher(s).matches()) {
            s = GROUP_SEPARATOR_EU.matcher(s).replaceAll("").replace(',', '.');
        } else if (decimalComma && DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        } else if (decimalComma && DOT_GROUPED_ONCE.matcher(s).matches()) {
            s = s.replace(".", "");
        } else if (GROUPED.matcher(s).matches()) {
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

    /** An optional sign and ASCII digits, nothing else. */
    private static boolean isInteger(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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

        /** The first non-blank cell the column is read from, trimmed. */
        String text(InventoryColumn column) {
            HeaderMap.Source source = first(column);
            return source == null ? null : at(source.index());
        }

        /** The column's first non-blank source, or null. */
        HeaderMap.Source first(InventoryColumn column) {
            for (HeaderMap.Source source : headers.binding(column).sources()) {
                if (at(source.index()) != null) {
                    return source;
                }
            }
            return null;
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
                warn(first(InventoryColumn.POWER_STATE), raw, "is not a known power state");
            }
            return state;
        }

        Boolean bool(InventoryColumn column) {
            HeaderMap.Source source = first(column);
            if (source == null) {
                return null;
            }
            String raw = at(source.index());
            Boolean value = parseBoolean(raw);
            if (value == null) {
                warn(source, raw, "is not True or False");
            }
            return value;
        }

        /** A whole count (vCPUs, monitors): "4" and "4.0" are 4, "4.5" is not a count. */
        Integer count(InventoryColumn column, boolean zeroIsUnknown) {
            HeaderMap.Source source = first(column);
            if (source == null) {
                return null;
            }
            BigDecimal number = number(source, zeroIsUnknown);
            if (number == null) {
                return null;
            }
            try {
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                warn(source, at(source.index()), "is not a whole number");
                return null;
            }
        }

        /**
         * A size in MiB, converted from the unit its header names and rounded to the nearest whole
         * MiB; a column given in parts (Azure's disks) is their sum when no whole is given.
         */
        Long mib(InventoryColumn column, boolean zeroIsUnknown) {
            HeaderMap.Source source = first(column);
            BigDecimal mib = null;
            if (source != null) {
                BigDecimal number = number(source, zeroIsUnknown);
                mib = number == null ? null : source.unit().toMib(number);
            } else {
                for (HeaderMap.Source part : headers.binding(column).parts()) {
                    if (at(part.index()) == null) {
                        continue;
                    }
                    BigDecimal number = number(part, false);
                    if (number != null) {
                        BigDecimal partMib = part.unit().toMib(number);
                        mib = mib == null ? partMib : mib.add(partMib);
                    }
                }
                if (mib != null && zeroIsUnknown && mib.signum() == 0) {
                    mib = null;
                }
            }
            if (mib == null) {
                return null;
            }
            try {
                return mib.setScale(0, RoundingMode.HALF_UP).longValueExact();
            } catch (ArithmeticException e) {
                warn(source, source == null ? mib.toPlainString() : at(source.index()), "is too large");
                return null;
            }
        }

        /**
         * A non-negative number. With {@code zeroIsUnknown}, 0 is unknown too: vCenter reports 0
         * vCPUs and 0 MiB of memory for a VM whose configuration it cannot read (an inaccessible
         * or orphaned VM), and no running VM has either.
         */
        private BigDecimal number(HeaderMap.Source source, boolean zeroIsUnknown) {
            String raw = at(source.index());
            if (raw == null) {
                return null;
            }
            BigDecimal number = parseNumber(raw, headers.decimalComma());
            if (number == null) {
                warn(source, raw, "is not a number");
                return null;
            }
            if (number.signum() < 0) {
                warn(source, raw, "is negative");
                return null;
            }
            // a crafted "1E+999999999" would otherwise expand to a billion digits
            if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
                warn(source, raw, "is too large");
                return null;
            }
            if (zeroIsUnknown && number.signum() == 0) {
                warn(source, raw, "is zero, which vCenter reports when it cannot read the VM's configuration");
                return null;
            }
            return number;
        }

        /** An attribute column's value, else the value of a tag that names it ("env:prod"). */
        String attribute(InventoryColumn column, Map<InventoryColumn, String> tagged) {
            String value = text(column);
            return value != null ? value : tagged.get(column);
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

        /**
         * Splits the Tags cell ("zone:1, critical:yes", "env=prod; owner=ops") into custom
         * attributes, one per tag name (a repeated name's values joined by ", "; a column of the
         * same name keeps its own value), and returns the tags that name an attribute column
         * (env, owner, application, business unit). Text that is no "name:value" pair is kept
         * under the Tags header.
         */
        Map<InventoryColumn, String> tags(Map<String, String> attributes) {
            Map<InventoryColumn, String> tagged = new EnumMap<>(InventoryColumn.class);
            String raw = text(InventoryColumn.TAGS);
            if (raw == null) {
                return tagged;
            }
            Map<String, String> tags = new LinkedHashMap<>();
            List<String> loose = new ArrayList<>();
            for (String part : raw.split("[,;\\n]")) {
                String tag = part.strip();
                if (tag.isEmpty()) {
                    continue;
                }
                int colon = indexOfSeparator(tag);
                if (colon <= 0 || colon == tag.length() - 1) {
                    loose.add(tag);
                    continue;
                }
                String name = tag.substring(0, colon).strip();
                String value = tag.substring(colon + 1).strip();
                tags.merge(name, value, (a, b) -> a.equals(b) ? a : a + ", " + b);
            }
            tags.forEach((name, value) -> {
                attributes.putIfAbsent(name, value);
                InventoryColumn.forHeader(name).filter(InventoryColumn::isAttribute)
                        .ifPresent(column -> tagged.putIfAbsent(column, value));
            });
            if (!loose.isEmpty()) {
                attributes.putIfAbsent(headers.headerOf(InventoryColumn.TAGS), String.join(", ", loose));
            }
            return tagged;
        }

        private static int indexOfSeparator(String tag) {
            int colon = tag.indexOf(':');
            int equals = tag.indexOf('=');
            if (colon < 0) {
                return equals;
            }
            return equals < 0 ? colon : Math.min(colon, equals);
        }

        private void warn(HeaderMap.Source source, String raw, String problem) {
            String header = source == null ? "?" : headers.headers().get(source.index());
            warnings.add(header + " '" + raw + "' " + problem + "; treated as unknown.");
        }
    }
}
