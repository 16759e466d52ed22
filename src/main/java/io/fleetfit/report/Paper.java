package io.fleetfit.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.PrintSetup;

/** The paper every sheet of the report prints on: A4, or US Letter for clients that print on it. */
public enum Paper {
    A4("a4", PrintSetup.A4_PAPERSIZE),
    LETTER("letter", PrintSetup.LETTER_PAPERSIZE);

    private final String id;
    private final short printSetup;

    Paper(String id, short printSetup) {
        this.id = id;
        this.printSetup = printSetup;
    }

    /** The name the command line takes: "a4" or "letter". */
    public String id() {
        return id;
    }

    /** The paper size as a sheet's print setup states it. */
    short printSetup() {
        return printSetup;
    }

    /** The paper named, in any case: "A4", "letter". */
    public static Paper of(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the paper is " + ids() + ", not '" + name + "'"));
    }

    /** "a4 or letter". */
    public static String ids() {
        return Arrays.stream(values()).map(Paper::id).collect(Collectors.joining(" or "));
    }
}
