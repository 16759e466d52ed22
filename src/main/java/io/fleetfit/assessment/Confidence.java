package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How far a workload's disposition could move if the missing facts were known: not how many
 * cells were filled, but which kinds of evidence the verdict stands on.
 *
 * <ul>
 *   <li><b>OS</b>: strong when a release is stated by VMware Tools, Guest Detailed Data or an
 *       import that states one; weak when only the configuration file states it, when the string
 *       names no release or a range of them; none when nothing recognised it.</li>
 *   <li><b>Workload</b>: stated (the attributes file names its role or application, or the
 *       inventory its application); recognised (a role of the role catalog); unknown.</li>
 *   <li><b>Hardware</b>: known when disks and network adapters were joined (vDisk, vNetwork);
 *       partial from vInfo alone.</li>
 *   <li><b>State</b>: known from the attributes file's statefulness, or implied by a database role.</li>
 * </ul>
 *
 * <p>High needs a strong OS, a stated or recognised workload and known hardware; an unknown
 * workload or partial hardware is at most Medium; a weak or missing OS is Low. An appliance to
 * replace is judged by its role alone: High when the consultant stated it, else Medium, with the
 * question whether it is what it looks like and what takes over its function.
 *
 * @param level High, Medium or Low
 * @param basis the evidence in a few words ("OS release from VMware Tools; role recognised; ...")
 * @param missingFacts what is not known and would most change the verdict
 * @param questions what to ask the workload's owner
 */
public record Confidence(Level level, String basis, List<String> missingFacts, List<String> questions)
        implements Serializable {

    public Confidence {
        missingFacts = List.copyOf(missingFacts);
        questions = List.copyOf(questions);
    }

    /** From most to least sure. */
    public enum Level {
        HIGH("High"), MEDIUM("Medium"), LOW("Low");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Dispositions that move the workload into containers, whose state matters. */
    private static final Set<Disposition> CONTAINER_LANES =
            Set.of(Disposition.CONTAINERIZE, Disposition.CONTAINERIZE_AFTER_REMEDIATION);

    /**
     * The confidence in a verdict.
     *
     * @param w the workload
     * @param role its role, {@code null} when none was recognised
     * @param assessed the disposition the rules reached (a retire candidate's would-be one)
     */
    public static Confidence of(Workload w, RoleMatch role, Disposition assessed) {
        if (assessed == Disposition.REPLACE && role != null) {
            // an appliance is judged by its role alone: its OS, disks and state do not move it
            return new Confidence(role.stated() ? Level.HIGH : Level.MEDIUM,
                    (role.stated() ? "role stated (" : "role recognised (") + role.role().label() + ")",
                    role.stated() ? List.of() : List.of("confirmation of the role"),
                    List.of("Is it " + role.role().inSentence() + ", and which service will take over its function?"));
        }
        VmRecord vm = w.vm();
        OsInfo os = w.os();
        List<String> missing = new ArrayList<>(4);
        List<String> questions = new ArrayList<>(4);
        List<String> basis = new ArrayList<>(4);

        // the OS
        boolean osStrong = false;
        if (!os.recognised()) {
            basis.add(os.stated() ? "OS not recognised" : "no OS stated");
            missing.add("OS");
            questions.add("Which operating system and release does it run?");
        } else if (os.release() == null) {
            basis.add("OS without release");
            missing.add("OS release");
            questions.add("Which " + productName(os) + " release does it run?");
        } else if (os.range() != null) {
            basis.add("OS range " + os.range());
            missing.add("exact OS release");
            questions.add("Which " + productName(os) + " release does it run (the inventory says " + os.label() + ")?");
        } else if (OsRecognizer.CONFIG_COLUMN.equals(os.sourceColumn())) {
            basis.add("OS from the configuration file only");
            missing.add("OS as the guest reports it (VMware Tools)");
            questions.add("Is " + os.label() + " still what runs inside the VM (VMware Tools report no OS)?");
        } else {
            osStrong = true;
            basis.add("OS release known");
        }

        // the workload
        boolean stated = role != null && role.stated() || present(vm.application());
        boolean recognised = role != null;
        if (stated) {
            basis.add("workload stated" + (role != null ? " (" + role.role().label() + ")" : ""));
        } else if (recognised) {
            basis.add("role recognised (" + role.role().label() + ")");
        } else {
            basis.add("workload unknown");
            missing.add("application");
            questions.add("Which application runs here, and who owns it?");
        }

        // the hardware
        boolean hardware = vm.rawDeviceMappings() != null && (vm.nicAdapterTypes() != null || vm.passthroughNics() != null);
        if (!hardware) {
            basis.add("disks and network adapters not listed");
            missing.add("disk and network details (vDisk, vNetwork)");
        }

        // the state
        boolean stateKnown = present(vm.statefulness())
                || role != null && role.role().effect() == Role.RoleEffect.DATABASE;
        if (!stateKnown && CONTAINER_LANES.contains(assessed)) {
            missing.add("statefulness");
            questions.add("Is it stateless, or where does it keep its data?");
        }
        if (vm.powerState() == PowerState.OFF) {
            questions.add("It is powered off: is it still needed?");
        }

        Level level;
        if (assessed == Disposition.REPLACE) {
            level = role != null && role.stated() ? Level.HIGH : Level.MEDIUM;
        } else if (!osStrong || assessed == Disposition.INSUFFICIENT_DATA) {
            level = Level.LOW;
        } else if (!(stated || recognised) || !hardware) {
            level = Level.MEDIUM;
        } else {
            level = Level.HIGH;
        }
        return new Confidence(level, String.join("; ", basis), missing, questions);
    }

    /**
     * Whether the OS is strong evidence: recognised, with one release, stated by the guest (VMware
     * Tools, Guest Detailed Data) or an import rather than by the configuration file alone.
     */
    public static boolean strongOs(OsInfo os) {
        return os.recognised() && os.release() != null && os.range() == null
                && !OsRecognizer.CONFIG_COLUMN.equals(os.sourceColumn());
    }

    private static String productName(OsInfo os) {
        String label = os.label() == null ? "OS" : os.label();
        // "Ubuntu Linux" of "Ubuntu Linux (64-bit)", "CentOS" of "CentOS 4/5/6/7", "Other Linux" of "Other Linux (kernel 4.x)"
        int cut = label.length();
        for (int i = 0; i < label.length(); i++) {
            if (Character.isDigit(label.charAt(i)) || label.charAt(i) == '(') {
                cut = i;
                break;
            }
        }
        String name = label.substring(0, cut).strip();
        return name.isEmpty() ? label : name;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
