package io.fleetfit.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the OS strings inventories really contain into family, product, release and bitness.
 * An unrecognised string gives an {@link OsInfo} with a {@code null} family: never a guess.
 *
 * <p>Understood wordings: vSphere guest OS names ("Red Hat Enterprise Linux 8 (64-bit)", "Other
 * 2.6.x Linux (64-bit)"), vSphere guest ids ("centos7_64Guest"), VMware Tools' "Guest Detailed
 * Data" pretty names ("Ubuntu 22.04.4 LTS", "Windows Server 2019, 64-bit (Build 17763.8276)"),
 * os-release and Azure Migrate / AWS style names ("RHEL 7.9", "Windows Server 2019 Datacenter")
 * and the shorthand of CMDBs ("W2022"). Product and release ids are those of the lifecycle catalog
 * ({@code os-lifecycle.csv}): a minor version maps to its major release cycle for RHEL-likes,
 * Debian and SLES ("7.9" gives "7"), while Ubuntu keeps "20.04".
 */
public final class OsRecognizer {

    public static final String TOOLS_COLUMN = "OS according to the VMware Tools";
    public static final String CONFIG_COLUMN = "OS according to the configuration file";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern BITS = Pattern.compile("\\b(32|64)[- ]?bits?\\b", FLAGS);
    private static final Pattern BITS_64_ARCH = Pattern.compile("\\b(x86_64|x86-64|amd64|x64)\\b", FLAGS);
    private static final Pattern BITS_32_ARCH = Pattern.compile("\\b(i[3-6]86)\\b", FLAGS);
    private static final Pattern OR_LATER = Pattern.compile("\\bor later\\b", FLAGS);

    private static final Pattern APPLIANCE = Pattern.compile(
            "\\bpan-?os\\b|\\bpalo ?alto\\b|\\bforti\\w*|\\bcisco\\b|\\bbig-?ip\\b|\\bf5\\b|\\bnetscaler\\b"
                    + "|\\bcitrix adc\\b|\\bjuniper\\b|\\bjunos\\b|\\bvsrx\\b|\\bnsx\\b|\\besxi?\\b|\\bvmkernel\\b"
                    + "|\\bphoton crx\\b|\\bcheck ?point\\b|\\bsonicos\\b|\\bpfsense\\b|\\bopnsense\\b|\\bvyos\\b", FLAGS);

    private static final Pattern WINDOWS = Pattern.compile("\\bwindows\\b", FLAGS);
    private static final Pattern WINDOWS_SHORTHAND = Pattern.compile(
            "^w(?:in)?\\s*-?\\s*(2k3|2k8|2k12|2k16|2k19|2k22|2003|2008|2012|2016|2019|2022|2025)\\s*(r2)?$", FLAGS);
    private static final Pattern WINDOWS_CLIENT = Pattern.compile(
            "\\bwindows\\s+(xp|vista|8\\.1|7|8|10|11|98|95|me|3\\.1|2000 professional)\\b", FLAGS);
    private static final Pattern WINDOWS_SERVER_YEAR = Pattern.compile(
            "\\b(2000|2003|2008|2012|2016|2019|2022|2025)(?:\\s*(r2))?\\b", FLAGS);
    private static final Pattern SERVER = Pattern.compile("\\bserver\\b", FLAGS);
    /** The build number and service pack of Windows pretty names carry no release. */
    private static final Pattern WINDOWS_TAIL = Pattern.compile("\\(?\\s*\\bbuild\\b.*$|\\bservice pack\\b.*$", FLAGS);

    private static final Pattern OTHER_KERNEL_LINUX = Pattern.compile(
            "^other\\s+(2\\.[46]|[3-9])\\.?x?\\s*(or later\\s*)?linux$", FLAGS);
    private static final Pattern OTHER_LINUX = Pattern.compile("^other\\s+linux$", FLAGS);
    private static final Pattern OTHER = Pattern.compile("^other$", FLAGS);

    private static final Pattern VERSION = Pattern.compile("(?<![\\w.])(\\d+(?:\\s*/\\s*\\d+)*)(?:\\.(\\d+))?");
    private static final Pattern UBUNTU_VERSION = Pattern.compile("\\b(\\d{1,2}\\.\\d{2})\\b");
    private static final Pattern KERNEL_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");
    private static final Pattern GUEST_DETAIL_FIELD = Pattern.compile("(\\w+)='([^']*)'");
    private static final Pattern GUEST_ID = Pattern.compile("^[a-z][A-Za-z0-9_]*Guest(64)?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Compiled forms of the expressions written inline below, so each is compiled once, not per call. */
    private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private static final Map<String, String> DEBIAN_CODENAMES = Map.of(
            "etch", "4", "lenny", "5", "squeeze", "6", "wheezy", "7", "jessie", "8",
            "stretch", "9", "buster", "10", "bullseye", "11", "bookworm", "12", "trixie", "13");
    private static final Pattern DEBIAN_CODENAME = Pattern.compile(
            "\\b(" + String.join("|", new TreeSet<>(DEBIAN_CODENAMES.keySet())) + ")\\b", FLAGS);

    /** vSphere guest ids (the API's names for the guest OS menu), rewritten to the menu's wording. */
    private static final List<GuestId> GUEST_IDS = List.of(
            new GuestId("centos(\\d*)", m -> "CentOS " + orElse(m.group(1), "4/5")),
            new GuestId("rhel(\\d+)", m -> "Red Hat Enterprise Linux " + m.group(1)),
            new GuestId("oracleLinux(\\d*)", m -> "Oracle Linux " + orElse(m.group(1), "4/5")),
            new GuestId("sles(\\d*)", m -> "SUSE Linux Enterprise " + m.group(1)),
            new GuestId("debian(\\d+)", m -> "Debian GNU/Linux " + m.group(1)),
            new GuestId("ubuntu", m -> "Ubuntu Linux"),
            new GuestId("other(\\d)(\\d?)xLinux", m -> "Other " + m.group(1) + (m.group(2).isEmpty() ? "" : "." + m.group(2)) + ".x Linux"),
            new GuestId("otherLinux", m -> "Other Linux"),
            new GuestId("other", m -> "Other"),
            new GuestId("windows2019srvNext", m -> "Microsoft Windows Server 2022"),
            new GuestId("windows2022srvNext", m -> "Microsoft Windows Server 2025"),
            new GuestId("windows(\\d{4})srv", m -> "Microsoft Windows Server " + m.group(1)),
            new GuestId("windows9Server", m -> "Microsoft Windows Server 2016 or later"),
            new GuestId("windows8Server", m -> "Microsoft Windows Server 2012"),
            new GuestId("windows7Server", m -> "Microsoft Windows Server 2008 R2"),
            new GuestId("winLonghorn", m -> "Microsoft Windows Server 2008"),
            new GuestId("winNet(?:Standard|Enterprise|Datacenter|Web|Business)", m -> "Microsoft Windows Server 2003"),
            new GuestId("windows(7|8|11)", m -> "Microsoft Windows " + m.group(1)),
            new GuestId("windows9", m -> "Microsoft Windows 10"),
            new GuestId("winXPPro", m -> "Microsoft Windows XP Professional"),
            new GuestId("winVista", m -> "Microsoft Windows Vista"),
            new GuestId("freebsd(\\d*)", m -> "FreeBSD " + m.group(1)),
            new GuestId("solaris(\\d+)", m -> "Oracle Solaris " + m.group(1)),
            new GuestId("vmwarePhoton", m -> "VMware Photon OS"),
            new GuestId("rockylinux", m -> "Rocky Linux"),
            new GuestId("almalinux", m -> "AlmaLinux"),
            new GuestId("amazonlinux(\\d+)", m -> "Amazon Linux " + m.group(1)),
            new GuestId("fedora", m -> "Red Hat Fedora"),
            new GuestId("opensuse", m -> "SUSE openSUSE"),
            new GuestId("darwin\\d*", m -> "Apple macOS"),
            new GuestId("netware\\d*", m -> "Novell NetWare"),
            new GuestId("dos", m -> "MS-DOS"),
            new GuestId("os2", m -> "IBM OS/2"),
            new GuestId("vmkernel\\d*", m -> "VMware ESXi"));

    private OsRecognizer() {
    }

    /**
     * Recognised OS per distinct (Tools, configuration file, Guest Detailed Data) triple. A fleet
     * holds few distinct OS strings (18 guest types in a 100,000-VM export) and somewhat more Guest
     * Detailed Data (the kernel or build varies), while recognising one takes some 20 regular
     * expressions: remembering the answer makes recognition a hash lookup for all but the first VM
     * of each kind. Recognition is a pure function of the triple, so a remembered answer is the
     * answer. Bounded: when full it starts afresh, so a pathological input (every VM a different
     * kernel build) costs what it did without the cache, and memory stays capped.
     */
    static final int CACHE_LIMIT = 4096;
    private static final Remembered<OsKey, OsInfo> RECOGNISED = new Remembered<>(CACHE_LIMIT);

    /** The three strings that decide a record's OS. */
    private record OsKey(String tools, String config, String guestDetail) {
        @Override
        public int hashCode() {
            return 31 * (31 * TextHash.of(tools) + TextHash.of(config)) + TextHash.of(guestDetail);
        }

        OsInfo recognize() {
            return recognizeUncached(tools, config, guestDetail);
        }
    }

    /**
     * The OS of a record: the VMware Tools string when stated, else the configuration file's; the
     * release is completed from "Guest Detailed Data" (prettyName) when the string carries none.
     */
    public static OsInfo recognize(VmRecord vm) {
        if (isBlank(vm.osTools()) && isBlank(vm.osConfig())) {
            return OsInfo.NONE;
        }
        return RECOGNISED.get(new OsKey(vm.osTools(), vm.osConfig(), vm.guestDetail()), OsKey::recognize);
    }

    /** {@link #recognize(VmRecord)} without the cache. */
    static OsInfo recognizeUncached(VmRecord vm) {
        return recognizeUncached(vm.osTools(), vm.osConfig(), vm.guestDetail());
    }

    private static OsInfo recognizeUncached(String osTools, String osConfig, String guestDetail) {
        Match tools = isBlank(osTools) ? null : match(osTools, TOOLS_COLUMN);
        Match config = isBlank(osConfig) ? null : match(osConfig, CONFIG_COLUMN);
        Match chosen;
        if (tools == null && config == null) {
            return OsInfo.NONE;
        } else if (tools == null) {
            chosen = config;
        } else if (!tools.info().recognised() && config != null && config.info().recognised()) {
            chosen = config;   // Tools names something nothing recognises; the configured OS still says something
        } else {
            chosen = tools;
        }
        return isBlank(guestDetail) ? chosen.info() : complete(chosen, guestDetail);
    }

    /** Recognises one string; {@code sourceColumn} is recorded as given. */
    public static OsInfo recognize(String raw, String sourceColumn) {
        if (isBlank(raw)) {
            return OsInfo.NONE;
        }
        return match(raw, sourceColumn).info();
    }

    /** What a string was recognised as, and whether its release is only a lower bound ("or later"). */
    private record Match(OsInfo info, boolean openEnded) {
    }

    /** Family, product, release and the rest, before raw and column are attached. */
    private record Parsed(OsFamily family, String product, String release, String displayName, Integer bits,
                          String kernel, boolean openEnded, String range) {

        static final Parsed UNRECOGNISED = new Parsed(null, null, null, null, null, null, false);

        /** One release, or a lower bound ("2016 or later") when open-ended. */
        Parsed(OsFamily family, String product, String release, String displayName, Integer bits, String kernel,
               boolean openEnded) {
            this(family, product, release, displayName, bits, kernel, openEnded,
                    openEnded && release != null ? release + " or later" : null);
        }

        Parsed withBits(Integer b) {
            return new Parsed(family, product, release, displayName, bits != null ? bits : b, kernel, openEnded, range);
        }
    }

    private record GuestId(Pattern pattern, Function<Matcher, String> name) {
        GuestId(String regex, Function<Matcher, String> name) {
            this(Pattern.compile("^" + regex + "$"), name);
        }
    }

    private static Match match(String raw, String sourceColumn) {
        if (isBlank(raw)) {
            return new Match(OsInfo.NONE, false);
        }
        Parsed p = parse(WHITESPACE.matcher(raw.strip()).replaceAll(" "));
        return new Match(new OsInfo(raw, sourceColumn, p.family(), p.product(), p.release(), p.displayName(),
                p.bits(), p.kernel(), p.range()), p.openEnded());
    }

    private static Parsed parse(String s) {
        if (GUEST_ID.matcher(s).matches()) {
            return parseGuestId(s);
        }
        Integer bits = bits(s);
        String t = stripBits(s);
        String l = t.toLowerCase(Locale.ROOT);
        Parsed p;
        if (APPLIANCE.matcher(l).find()) {
            // Vendor appliances (PAN-OS, FortiOS, F5 BIG-IP, nested ESXi, vSphere Pod CRX VMs...) ship as
            // sealed images: the vendor, not a container base image, decides what they run on.
            p = new Parsed(OsFamily.APPLIANCE, null, null, t, null, null, false);
        } else if (OTHER.matcher(l).matches()) {
            p = new Parsed(OsFamily.OTHER, null, null, "Other (unspecified)", null, null, false);
        } else if (WINDOWS.matcher(l).find() || WINDOWS_SHORTHAND.matcher(l).matches()) {
            p = windows(l);
        } else {
            p = linux(l);
            if (p == null) {
                p = otherFamilies(l, t);
            }
        }
        return p.family() == null ? Parsed.UNRECOGNISED : p.withBits(bits);
    }

    /** A vSphere guest id such as "centos7_64Guest": ids without "64" are the 32-bit variants. */
    private static Parsed parseGuestId(String id) {
        boolean suffix64 = id.endsWith("Guest64");   // "otherGuest64" is the one id spelt this way
        String base = id.substring(0, id.length() - (suffix64 ? "Guest64" : "Guest").length());
        int bits = suffix64 ? 64 : 32;
        if (base.endsWith("64")) {
            bits = 64;
            base = base.substring(0, base.length() - 2);
            base = base.endsWith("_") ? base.substring(0, base.length() - 1) : base;
        }
        for (GuestId g : GUEST_IDS) {
            Matcher m = g.pattern().matcher(base);
            if (m.matches()) {
                return parse(g.name().apply(m).strip() + " (" + bits + "-bit)");
            }
        }
        return Parsed.UNRECOGNISED;
    }

    // ---- Windows ----------------------------------------------------------------------------

    private static Parsed windows(String l) {
        Matcher shorthand = WINDOWS_SHORTHAND.matcher(l);
        if (shorthand.matches()) {
            String y = shorthand.group(1);
            String year = y.startsWith("2k") ? "20" + (y.length() == 3 ? "0" : "") + y.substring(2) : y;
            return windowsServer(year, shorthand.group(2) != null, false);
        }
        String head = WINDOWS_TAIL.matcher(l).replaceAll("").strip();
        if (head.contains("windows nt")) {
            return Parsed.UNRECOGNISED;   // NT 6.1 is Windows 7 or Server 2008 R2: the string cannot tell
        }
        boolean server = SERVER.matcher(head).find();
        Matcher client = WINDOWS_CLIENT.matcher(head);
        if (!server && client.find()) {
            return windowsClient(client.group(1));
        }
        Matcher year = WINDOWS_SERVER_YEAR.matcher(head);
        if (year.find() && (server || !"2000".equals(year.group(1)))) {
            return windowsServer(year.group(1), year.group(2) != null, OR_LATER.matcher(head).find());
        }
        if (server) {
            return new Parsed(OsFamily.WINDOWS_SERVER, "windows-server", null, "Windows Server", null, null, false);
        }
        return Parsed.UNRECOGNISED;       // "Windows", "Microsoft Windows 2000": client or server?
    }

    private static Parsed windowsServer(String year, boolean r2, boolean orLater) {
        // 2003 R2 shares 2003's lifecycle (it is 2003 SP2 plus components); the catalog has no 2003-r2.
        String release = r2 && !"2003".equals(year) ? year + "-r2" : year;
        String name = (year.equals("2000") ? "Windows 2000 Server" : "Windows Server " + year)
                + (r2 ? " R2" : "") + (orLater ? " or later" : "");
        // "2016 or later" (vSphere's windows9Server64Guest) covers 2016, 2019 and 2022: the release is
        // the earliest it can be, and a Guest Detailed Data pretty name may raise it.
        return new Parsed(OsFamily.WINDOWS_SERVER, "windows-server", release, name, null, null, orLater);
    }

    private static Parsed windowsClient(String version) {
        String v = version.toLowerCase(Locale.ROOT);
        return switch (v) {
            case "xp" -> new Parsed(OsFamily.WINDOWS_CLIENT, "windows", "xp", "Windows XP", null, null, false);
            case "vista" -> new Parsed(OsFamily.WINDOWS_CLIENT, "windows", "vista", "Windows Vista", null, null, false);
            case "7", "8", "8.1", "10", "11" ->
                    new Parsed(OsFamily.WINDOWS_CLIENT, "windows", v, "Windows " + v, null, null, false);
            // 9x, Me, 3.1 and 2000 Professional: client editions the catalog no longer lists
            default -> new Parsed(OsFamily.WINDOWS_CLIENT, "windows", null,
                    "Windows " + (v.equals("me") ? "Me" : v.replace("professional", "Professional")), null, null, false);
        };
    }

    // ---- Linux ------------------------------------------------------------------------------

    private static Parsed linux(String l) {
        Matcher other = OTHER_KERNEL_LINUX.matcher(l);
        if (other.matches()) {
            String series = other.group(1).startsWith("2.") ? other.group(1) : other.group(1) + ".x";
            boolean orLater = other.group(2) != null;
            String shown = series.startsWith("2.") ? series + ".x" : series;
            return new Parsed(OsFamily.LINUX, null, null, "Other Linux (kernel " + shown + (orLater ? " or later" : "") + ")",
                    null, series, orLater);
        }
        if (OTHER_LINUX.matcher(l).matches()) {
            return new Parsed(OsFamily.LINUX, null, null, "Other Linux", null, null, false);
        }
        if (l.contains("fedora")) {
            return numbered(l, "fedora", "fedora", "Fedora Linux");
        }
        if (p(".*\\bcentos\\s+stream\\b.*").matcher(l).matches()) {
            return numbered(l, "stream", "centos-stream", "CentOS Stream");
        }
        if (p(".*\\bred\\s*hat\\s+enterprise\\s+linux\\b.*").matcher(l).matches()) {
            return rhelLike(after(l, "linux"), "rhel", "Red Hat Enterprise Linux");
        }
        if (p(".*\\brhel\\b.*").matcher(l).matches()) {
            return rhelLike(after(l, "rhel"), "rhel", "Red Hat Enterprise Linux");
        }
        if (p(".*\\bcentos\\b.*").matcher(l).matches()) {
            return rhelLike(after(l, "centos"), "centos", "CentOS");
        }
        if (p(".*\\boracle\\s+(enterprise\\s+)?linux\\b.*").matcher(l).matches()) {
            return rhelLike(after(l, "linux"), "oracle-linux", "Oracle Linux");
        }
        if (p(".*\\brocky\\b.*").matcher(l).matches()) {
            return rhelLike(after(l, "rocky"), "rocky-linux", "Rocky Linux");
        }
        if (p(".*\\balma\\s*linux\\b.*").matcher(l).matches()) {
            return rhelLike(after(l, "linux"), "almalinux", "AlmaLinux");
        }
        if (l.contains("ubuntu")) {
            Matcher v = UBUNTU_VERSION.matcher(after(l, "ubuntu"));
            String release = v.find() ? v.group(1) : null;
            // Ubuntu before 11.10 ran a 2.6 kernel
            String kernel = release != null && Double.parseDouble(release) < 11.10 ? "2.6" : null;
            return new Parsed(OsFamily.LINUX, "ubuntu", release, join("Ubuntu", release), null, kernel, false);
        }
        if (l.contains("debian")) {
            return debian(after(l, "debian"));
        }
        if (l.contains("opensuse")) {
            Matcher v = p("\\b(\\d+\\.\\d+)\\b").matcher(after(l, "opensuse"));
            String release = v.find() ? v.group(1) : null;
            return new Parsed(OsFamily.LINUX, "opensuse", release, join("openSUSE", release), null, null, false);
        }
        if (p(".*\\b(suse linux enterprise|sles)\\b.*").matcher(l).matches()) {
            return sles(l);
        }
        if (p(".*\\bamazon\\s+linux\\b.*").matcher(l).matches()) {
            Matcher v = p("\\b(\\d{4}\\.\\d{2}|\\d{4}|\\d)\\b").matcher(after(l, "linux"));
            String release = v.find() ? v.group(1) : null;
            String name = release != null && release.contains(".") ? "Amazon Linux AMI" : "Amazon Linux";
            return new Parsed(OsFamily.LINUX, "amazon-linux", release, join(name, release), null, null, false);
        }
        if (l.contains("photon")) {
            Matcher v = p("\\b(\\d+)(?:\\.\\d+)?\\b").matcher(after(l, "photon"));
            String release = v.find() ? v.group(1) + ".0" : null;
            return new Parsed(OsFamily.LINUX, "photon", release, join("VMware Photon OS", release), null, null, false);
        }
        if (l.contains("alpine")) {
            Matcher v = p("\\bv?(\\d+\\.\\d+)").matcher(after(l, "alpine"));
            String release = v.find() ? v.group(1) : null;
            return new Parsed(OsFamily.LINUX, "alpine", release, join("Alpine Linux", release), null, null, false);
        }
        return null;
    }

    /** RHEL and its rebuilds: "7.9" is release cycle "7"; "4/5/6" names several, judged by the last. */
    private static Parsed rhelLike(String rest, String product, String name) {
        boolean orLater = OR_LATER.matcher(rest).find();
        Matcher v = VERSION.matcher(rest);
        if (!v.find()) {
            return new Parsed(OsFamily.LINUX, product, null, name, null, null, false);
        }
        String major = p("\\s").matcher(v.group(1)).replaceAll("");
        String range = null;
        String shown = major;
        if (major.contains("/")) {
            // "CentOS 4/5 or later", "CentOS 4/5/6/7": several releases, judged by the most favourable
            // (the last named, or a later one when open-ended, which the lifecycle catalog finds)
            String[] named = major.split("/");
            range = major + (orLater ? " or later" : "");
            major = named[named.length - 1];
        }
        String kernel = range != null && orLater ? null : switch (major) {
            case "2", "3" -> "2.4";
            case "4", "5", "6" -> "2.6";   // RHEL 4 shipped 2.6.9, 5 2.6.18, 6 2.6.32
            default -> null;
        };
        if (range != null) {
            return new Parsed(OsFamily.LINUX, product, major, name + " " + shown + (orLater ? " or later" : ""),
                    null, kernel, orLater, range);
        }
        return new Parsed(OsFamily.LINUX, product, major, name + " " + major + (orLater ? " or later" : ""),
                null, kernel, orLater);
    }

    private static Parsed debian(String rest) {
        Matcher v = p("\\b(\\d+)(?:\\.(\\d+))?").matcher(rest);
        String release = null;
        if (v.find()) {
            int major = Integer.parseInt(v.group(1));
            // from 4.0 on the major number is the release; before, 3.0 and 3.1 were separate releases
            release = major >= 4 || v.group(2) == null ? v.group(1) : v.group(1) + "." + v.group(2);
        } else {
            Matcher codename = DEBIAN_CODENAME.matcher(rest);
            release = codename.find() ? DEBIAN_CODENAMES.get(codename.group(1).toLowerCase(Locale.ROOT)) : null;
        }
        String kernel = release != null && p("[456]").matcher(release).matches() ? "2.6" : null;
        return new Parsed(OsFamily.LINUX, "debian", release, join("Debian", release), null, kernel, false);
    }

    private static Parsed sles(String l) {
        if (l.contains("desktop")) {
            return new Parsed(OsFamily.LINUX, null, null, "SUSE Linux Enterprise Desktop", null, null, false);
        }
        Matcher v = p("\\b(\\d{1,2})(?:\\.\\d+)?\\b").matcher(p("\\bsp\\s*\\d+").matcher(l).replaceAll(""));
        String release = v.find() ? v.group(1) : null;
        String kernel = release == null ? null : switch (release) {
            case "8" -> "2.4";
            case "9", "10", "11" -> "2.6";   // 11 SP2 and later moved to 3.0; the string does not say which
            default -> null;
        };
        return new Parsed(OsFamily.LINUX, "sles", release, join("SUSE Linux Enterprise Server", release), null, kernel, false);
    }

    /** A product whose release is its first number ("Fedora Linux 38"). */
    private static Parsed numbered(String l, String keyword, String product, String name) {
        Matcher v = p("\\b(\\d+)\\b").matcher(after(l, keyword));
        String release = v.find() ? v.group(1) : null;
        return new Parsed(OsFamily.LINUX, product, release, join(name, release), null, null, false);
    }

    // ---- everything else --------------------------------------------------------------------

    private static Parsed otherFamilies(String l, String t) {
        if (l.contains("freebsd")) {
            boolean orLater = OR_LATER.matcher(l).find();
            Matcher v = p("\\b(\\d+)(?:\\.(\\d+))?\\b").matcher(after(l, "freebsd"));
            String release = v.find() ? v.group(1) + (v.group(2) != null ? "." + v.group(2) : "") : null;
            // "FreeBSD 12 or later versions" (freebsd12_64Guest): the earliest it can be, as for Windows
            return new Parsed(OsFamily.BSD, "freebsd", release,
                    join("FreeBSD", release) + (orLater ? " or later" : ""), null, null, orLater);
        }
        if (p(".*\\b(netbsd|openbsd|dragonfly ?bsd)\\b.*").matcher(l).matches()) {
            return new Parsed(OsFamily.BSD, null, null, t, null, null, false);
        }
        if (p(".*\\b(solaris|sunos)\\b.*").matcher(l).matches()) {
            Matcher sunos = p("\\bsunos\\s+5\\.(\\d+)").matcher(l);
            Matcher v = p("\\b(\\d+(?:\\.\\d+)?)\\b").matcher(after(l, "solaris"));
            String release = sunos.find() ? sunos.group(1) : l.contains("solaris") && v.find() ? v.group(1) : null;
            return new Parsed(OsFamily.SOLARIS, "solaris", release, join("Oracle Solaris", release), null, null, false);
        }
        if (p(".*\\baix\\b.*").matcher(l).matches()) {
            Matcher v = p("\\b(\\d\\.\\d)").matcher(after(l, "aix"));
            String release = v.find() ? v.group(1) : null;
            return new Parsed(OsFamily.AIX, "aix", release, join("IBM AIX", release), null, null, false);
        }
        if (p(".*\\bhp-?ux\\b.*").matcher(l).matches()) {
            return new Parsed(OsFamily.HP_UX, null, null, t, null, null, false);
        }
        if (l.contains("netware")) {
            return new Parsed(OsFamily.NETWARE, null, null, t, null, null, false);
        }
        if (p(".*\\b(ms-?dos|pc-?dos|freedos)\\b.*|^dos$").matcher(l).matches()) {
            return new Parsed(OsFamily.DOS, null, null, t, null, null, false);
        }
        if (p(".*(\\bos/2\\b|\\bos2\\b|\\becomstation\\b|\\barcaos\\b).*").matcher(l).matches()) {
            return new Parsed(OsFamily.OS2, null, null, t, null, null, false);
        }
        if (p(".*\\b(mac ?os|os x|darwin)\\b.*").matcher(l).matches()) {
            return new Parsed(OsFamily.MACOS, null, null, t, null, null, false);
        }
        if (p(".*\\blinux\\b.*").matcher(l).matches()) {
            // a distribution nothing above names ("Asianux", "Linux"): the family is certain, no more
            return new Parsed(OsFamily.LINUX, null, null, t, null, null, false);
        }
        return Parsed.UNRECOGNISED;
    }

    // ---- Guest Detailed Data ----------------------------------------------------------------

    /**
     * Completes the release from VMware Tools' Guest Detailed Data when the chosen string has none
     * ("Ubuntu Linux (64-bit)"), names only a lower bound ("2016 or later") or a release the pretty
     * name refines ("Windows Server 2012", which vSphere also uses for 2012 R2). The pretty name must
     * agree with the string on family and product.
     */
    private static OsInfo complete(Match chosen, String guestDetail) {
        OsInfo os = chosen.info();
        if (!os.recognised()) {
            return os;
        }
        Map<String, String> fields = new HashMap<>();
        Matcher f = GUEST_DETAIL_FIELD.matcher(guestDetail);
        while (f.find()) {
            fields.put(f.group(1), f.group(2).strip());
        }
        Parsed guest = null;
        for (String candidate : new String[] {fields.get("prettyName"),
                join(fields.get("distroName"), fields.get("distroVersion"))}) {
            if (!isBlank(candidate)) {
                Parsed p = parse(candidate);
                if (p.family() != null && p.product() != null && p.release() != null) {
                    guest = p;
                    break;
                }
            }
        }
        if (guest == null || guest.family() != os.family()
                || os.product() != null && !os.product().equals(guest.product())) {
            return os;
        }
        boolean refines = os.release() == null || os.range() != null && !chosen.openEnded()
                || guest.release().startsWith(os.release() + "-")
                || chosen.openEnded() && !(releaseNumberOf(guest.release()) < os.releaseNumber());
        if (!refines || guest.release().equals(os.release()) && !chosen.openEnded() && os.range() == null) {
            return os;   // nothing to add ("2016 or later" confirmed as 2016 still loses its "or later")
        }
        Integer bits = os.bits() != null ? os.bits() : "64".equals(fields.get("bitness")) ? Integer.valueOf(64)
                : "32".equals(fields.get("bitness")) ? Integer.valueOf(32) : null;
        String kernel = os.family() == OsFamily.LINUX
                ? firstNonNull(kernelSeries(fields.get("kernelVersion")), guest.kernel(), os.kernel())
                : null;
        return new OsInfo(os.raw(), os.sourceColumn(), os.family(), guest.product(), guest.release(),
                guest.displayName(), bits, kernel, null);
    }

    /** "2.6.32-754.el6" gives "2.6", "5.15.0-91-generic" gives "5.x". */
    private static String kernelSeries(String kernelVersion) {
        if (kernelVersion == null) {
            return null;
        }
        Matcher m = KERNEL_VERSION.matcher(kernelVersion);
        if (!m.find()) {
            return null;
        }
        return m.group(1).equals("2") ? "2." + m.group(2) : m.group(1) + ".x";
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** {@code regex} compiled once (as {@link String#matches} and {@link String#replaceAll} would compile it each time). */
    private static Pattern p(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    private static Integer bits(String s) {
        Matcher m = BITS.matcher(s);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        if (BITS_64_ARCH.matcher(s).find()) {
            return 64;
        }
        return BITS_32_ARCH.matcher(s).find() ? Integer.valueOf(32) : null;
    }

    private static String stripBits(String s) {
        String t = BITS.matcher(s).replaceAll("");
        t = BITS_64_ARCH.matcher(t).replaceAll("");
        t = BITS_32_ARCH.matcher(t).replaceAll("");
        t = p("\\s*,\\s*(?=\\(|$)").matcher(p("\\(\\s*\\)").matcher(t).replaceAll("")).replaceAll("");
        return WHITESPACE.matcher(t).replaceAll(" ").strip();
    }

    /** The part of {@code l} after the first occurrence of {@code keyword}. */
    private static String after(String l, String keyword) {
        int i = l.indexOf(keyword);
        return i < 0 ? l : l.substring(i + keyword.length());
    }

    private static String join(String name, String release) {
        if (name == null) {
            return release;
        }
        return release == null ? name : name + " " + release;
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static double releaseNumberOf(String release) {
        return new OsInfo(null, null, null, null, release, null, null, null).releaseNumber();
    }
}
