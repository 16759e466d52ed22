package io.fleetfit.run;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as fleetfit writes it (RFC 4180, comma, double quotes doubled), split into fields that keep
 * their raw text, so that a file can be rewritten field by field and stay byte for byte the same
 * where nothing changed.
 */
final class CsvText {

    /** One field: its value and its text as written (quoted or not). */
    record Field(String value, String raw) {
    }

    /** One line: its fields and the line end after it ({@code ""} at the end of the text). */
    record Line(List<Field> fields, String end) {
    }

    private CsvText() {
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            StringBuilder value = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        value.append(c);
                        i++;
                    }
                }
            }
            while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                value.append(text.charAt(i++));
            }
            fields.add(new Field(value.toString(), text.substring(start, i)));
            if (i < n && text.charAt(i) == ',') {
                i++;
                if (i == n) {
                    fields.add(new Field("", ""));
                }
                continue;
            }
            int endStart = i;
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
            lines.add(new Line(fields, text.substring(endStart, i)));
            fields = new ArrayList<>();
        }
        return lines;
    }

    /** The values of every line. */
    static List<List<String>> rows(String text) {
        return lines(text).stream().map(l -> l.fields().stream().map(Field::value).toList()).toList();
    }

    /** A value as OpenCSV writes it without quotes for all: quoted only when it holds a quote, comma or line end. */
    static String written(String value) {
        if (value.indexOf('"') < 0 && value.indexOf(',') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
