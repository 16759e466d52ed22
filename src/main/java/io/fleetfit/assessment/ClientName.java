package io.fleetfit.assessment;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a consultant's file (rules, attributes) names the client a row is for: by the client's name
 * or by its folder's, in any case, spaces around ignored. One definition for every such file, so
 * a row that applies to a client in one file would apply to it in another.
 */
public final class ClientName {

    private ClientName() {
    }

    /** The name as compared: stripped, lower case. */
    public static String key(String client) {
        return client.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code written} (a row's client cell) names the client of this name or folder ({@code null}: none). */
    public static boolean names(String written, String name, String slug) {
        String k = key(written);
        return name != null && k.equals(key(name)) || slug != null && k.equals(key(slug));
    }

    /** The keys of clients' names and folder names, {@code null}s left out. */
    public static Set<String> keys(Collection<String> names) {
        return names.stream().filter(Objects::nonNull).map(ClientName::key).collect(Collectors.toSet());
    }
}
