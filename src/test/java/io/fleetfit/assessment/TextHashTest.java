package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextHashTest {

    @Test
    void givesWhatStringHashCodeGives() {
        for (String s : new String[] {"", "a", "ab", "abc", "abcd", "abcde", "Microsoft Windows Server 2016 or later (64-bit)",
                "Straße İSTANBUL 東京 😀", "architecture='X86' bitness='64' buildNumber='17763' prettyName='Windows Server 2019'"}) {
            assertThat(TextHash.of(s)).as(s).isEqualTo(s.hashCode());
        }
        Random random = new Random(20261127);
        for (int round = 0; round < 2_000; round++) {
            char[] c = new char[random.nextInt(300)];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(Character.MAX_VALUE));
            }
            String s = new String(c);
            assertThat(TextHash.of(s)).isEqualTo(s.hashCode());
        }
    }

    @Test
    void givesZeroForNoString() {
        assertThat(TextHash.of(null)).isZero();
    }
}
