package io.fleetfit.run;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The console's bytes with control characters shown as {@code ?}. Client, file and VM names come
 * from the inventories and the folders they sit in; a name holding an escape sequence
 * ({@code ESC [ 2 J} clears the screen, others retitle the window or fake text) must not reach the
 * terminal as one. Tab, line feed and carriage return pass; the other C0 controls and DEL become
 * {@code ?}, and in UTF-8 so do the C1 controls (U+0080-U+009F, which some terminals obey). Every
 * other character passes unchanged.
 */
public final class TerminalOutput extends FilterOutputStream {

    private final boolean utf8;
    /** A UTF-8 lead byte 0xC2 held until the next byte says whether it starts a C1 control. */
    private boolean held;

    TerminalOutput(OutputStream out, Charset charset) {
        super(out);
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
    }

    /** {@code stream} (System.out or System.err) behind this filter, in the encoding it prints with. */
    public static PrintStream wrap(PrintStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty, System.getProperty("sun." + encodingProperty));
        Charset charset = Charset.defaultCharset();
        try {
            if (encoding != null && Charset.isSupported(encoding)) {
                charset = Charset.forName(encoding);
            }
        } catch (IllegalArgumentException e) {
            // a malformed name: the default, as the JVM's own System.out falls back to
        }
        return new PrintStream(new TerminalOutput(stream, charset), true, charset);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        byte[] shown = new byte[len + 1];
        int n = 0;
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xFF;
            if (held) {
                held = false;
                if (c >= 0x80 && c <= 0x9F) {
                    shown[n++] = '?';
                    continue;
                }
                shown[n++] = (byte) 0xC2;
            }
            if (utf8 && c == 0xC2) {
                held = true;
            } else {
                shown[n++] = (byte) (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F ? '?' : c);
            }
        }
        out.write(shown, 0, n);
    }

    @Override
    public void flush() throws IOException {
        if (held) {
            held = false;
            out.write(0xC2); // a lead byte with nothing after it: passed as it came
        }
        out.flush();
    }
}
