package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextHashTest {

    private static String random(Random random, int length) {
        char[] c = new char[length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(Character.MAX_VALUE));
        }
        return new String(c);
    }

    @Test
    void equalStringsHaveEqualHashCodes() {
        Random random = new Random(20261127);
        for (int round = 0; round < 1_000; round++) {
            String s = random(random, random.nextInt(300));
            assertThat(TextHash.of(new String(s.toCharArray()))).isEqualTo(TextHash.of(s));
        }
        assertThat(TextHash.of(null)).isZero();
    }

    /** Whatever the character, its place or the string's length, changing one character changes the hash code. */
    @Test
    void stringsThatDifferInOneCharacterDifferInHashCode() {
        Random random = new Random(20261128);
        for (int round = 0; round < 5_000; round++) {
            String s = random(random, 1 + random.nextInt(40));
            char[] c = s.toCharArray();
            int at = random.nextInt(c.length);
            char other = (char) (c[at] + 1 + random.nextInt(Character.MAX_VALUE - 1));
            c[at] = other;
            assertThat(TextHash.of(new String(c))).as("%s, character %d", s, at).isNotEqualTo(TextHash.of(s));
        }
    }

    /** Guest Detailed Data that differs only in its kernel build, as whole fleets' does, spreads over hash codes. */
    @Test
    void aFleetsKernelBuildsSpreadOverHashCodes() {
        Set<Integer> hashes = new HashSet<>();
        int n = 0;
        for (int major = 0; major < 100; major++) {
            for (int minor = 0; minor < 100; minor++, n++) {
                hashes.add(TextHash.of("architecture='X86' bitness='64' distroName='Red' familyName='Linux' kernelVersion='3.10.0-"
                        + major + "." + minor + ".el7.x86_64' prettyName='Red Hat Enterprise Linux 7.9 (Maipo)'"));
            }
        }
        assertThat(hashes).hasSizeGreaterThan(n - 5);
        assertThat(TextHash.of("ab")).isNotEqualTo(TextHash.of("ba"));
        assertThat(TextHash.of("")).isNotEqualTo(TextHash.of("\u0000"));
    }
}
