package io.fleetfit.assessment;

/** Operating system families, as far as containerization cares. */
public enum OsFamily {
    LINUX("Linux", true),
    WINDOWS_SERVER("Windows Server", true),
    WINDOWS_CLIENT("Windows client", false),
    BSD("BSD", false),
    SOLARIS("Solaris", false),
    AIX("AIX", false),
    HP_UX("HP-UX", false),
    NETWARE("NetWare", false),
    DOS("DOS", false),
    OS2("OS/2", false),
    MACOS("macOS", false),
    APPLIANCE("Network or vendor appliance", false),
    OTHER("Other (unspecified)", false);

    private final String label;
    private final boolean containerRuntime;

    OsFamily(String label, boolean containerRuntime) {
        this.label = label;
        this.containerRuntime = containerRuntime;
    }

    public String label() {
        return label;
    }

    /** Whether some release of this family can host OCI containers at all. */
    public boolean hasContainerRuntime() {
        return containerRuntime;
    }
}
