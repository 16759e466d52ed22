package io.fleetfit.run;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms from a secret key ({@code --pseudonymise KEYFILE}): a value of a kind becomes
 * the kind's prefix and the first {@value #HEX_DIGITS} hex digits of HMAC-SHA256(key, prefix NUL
 * value), e.g. {@code vm-3f9a2c1b7d}. A keyed hash, not a counter: the same key gives the same
 * pseudonym to a value in every file, run and client, and without the key nobody can test a guess.
 * 40 bits keep two values of one kind apart in any fleet (a collision among a million values has a
 * chance of about one in two thousand). Holds the key only; sent to the tasks inside the writer.
 */
public final class Pseudonyms implements Serializable {

    /** The digits of the hash a pseudonym keeps. */
    static final int HEX_DIGITS = 10;

    /** What a value is, which gives its pseudonym's prefix. */
    public enum Kind {
        VM("vm"), DNS("dns"), IP("ip"), MAC("mac"), VCENTER("vcenter"), DATACENTER("dc"), CLUSTER("cluster"),
        HOST("host"), FOLDER("folder"), POOL("pool"), VAPP("vapp"), NETWORK("net"), DATASTORE("ds"),
        CLUSTER_RULE("rule"), NOTE("note"), ATTRIBUTE("attr"), APPLICATION("app"), OWNER("owner"), UNIT("unit");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** Any pseudonym, wherever it stands in a text. */
    public static final Pattern TOKEN = Pattern.compile("\\b(?:" + String.join("|",
            Arrays.stream(Kind.values()).map(Kind::prefix).toList()) + ")-[0-9a-f]{" + HEX_DIGITS + "}\\b");

    private final byte[] key;

    private Pseudonyms(byte[] key) {
        this.key = key.clone();
    }

    /**
     * The key of a key file's bytes: the file's content without its trailing line end and blanks
     * (so that {@code echo secret > key} and an editor's final newline give one key).
     *
     * @throws IllegalArgumentException for a file with no key in it, naming the file
     */
    public static Pseudonyms ofKeyFile(String name, byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && Character.isWhitespace(bytes[end - 1])) {
            end--;
        }
        if (end == 0) {
            throw new IllegalArgumentException("key file " + name + " is empty: it must hold the secret the pseudonyms are derived from");
        }
        return new Pseudonyms(Arrays.copyOf(bytes, end));
    }

    /** The pseudonym of {@code value} as a {@code kind}. */
    public String of(Kind kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] hash = mac.doFinal((kind.prefix + '\u0000' + value).getBytes(StandardCharsets.UTF_8));
            return kind.prefix + '-' + HexFormat.of().formatHex(hash, 0, HEX_DIGITS / 2);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
