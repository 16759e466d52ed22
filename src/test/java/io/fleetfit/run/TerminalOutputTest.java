package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalOutputTest {

    private static String shown(String printed, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new TerminalOutput(bytes, charset), true, charset)) {
            out.print(printed);
            out.flush();
        }
        return bytes.toString(charset);
    }

    @Test
    void escapeSequencesAndOtherControlCharactersReachTheTerminalAsQuestionMarks() {
        assertThat(shown("fleetfit: acme: \u001b[2J\u001b]0;owned\u0007bad.csv: not an inventory\n", StandardCharsets.UTF_8))
                .isEqualTo("fleetfit: acme: ?[2J?]0;owned?bad.csv: not an inventory\n");
        assertThat(shown("a\u0000b\u007fc\u0008d", StandardCharsets.UTF_8)).isEqualTo("a?b?c?d");
    }

    @Test
    void c1ControlsTooInUtf8() {
        // U+009B is a one-character CSI to terminals that honour C1 controls
        assertThat(shown("x\u009b2Jy\u0085z", StandardCharsets.UTF_8)).isEqualTo("x?2Jy?z");
    }

    @Test
    void everyOtherCharacterPassesUnchanged() {
        String text = "Client  Status\tFiles\r\nГазпром 東京電力 Société Ørsted Â¢ \u00a0 🚀 ελληνικά\n";
        assertThat(shown(text, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(shown("Société Â\n", StandardCharsets.ISO_8859_1)).isEqualTo("Société Â\n");
    }

    @Test
    void aPrintSplitAfterTheLeadByteStillComesOutWhole() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalOutput out = new TerminalOutput(bytes, StandardCharsets.UTF_8);
        byte[] e = "é ¢".getBytes(StandardCharsets.UTF_8); // ¢ is C2 A2
        out.write(e, 0, e.length - 1);
        out.write(e, e.length - 1, 1);
        byte[] c1 = "\u0085".getBytes(StandardCharsets.UTF_8); // C2 85
        out.write(c1, 0, 1);
        out.write(c1, 1, 1);
        out.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("é ¢?");
    }
}
