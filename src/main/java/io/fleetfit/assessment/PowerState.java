package io.fleetfit.assessment;

import java.util.Locale;

/** A VM's power state as inventories report it ("poweredOn", "Powered Off", "suspended", ...). */
public enum PowerState {
    ON, OFF, SUSPENDED, UNKNOWN;

    public static PowerState parse(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String s = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (s) {
            case "poweredon", "on", "running", "up" -> ON;
            case "poweredoff", "off", "stopped", "down" -> OFF;
            case "suspended", "paused" -> SUSPENDED;
            default -> UNKNOWN;
        };
    }
}
