package io.fleetfit.report;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.fleetfit.assessment.Outcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes {@code assessments.csv}: a header, then one row per outcome (templates and rejected rows
 * included, with their status), in the columns of {@link CsvColumn}. The machine-readable twin of
 * the report, for other tools and acceptance checks.
 *
 * <p>The stream or writer belongs to the caller: {@link #close()} flushes it and leaves it open.
 */
public final class AssessmentsCsvWriter implements AutoCloseable {

    private final CsvColumn.Run run;
    private final Writer target;
    private final ICSVWriter csv;

    /** Writes UTF-8 to the stream. */
    public AssessmentsCsvWriter(String client, OutputStream out) {
        this(client, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** Writes to a writer, which should encode UTF-8. */
    public AssessmentsCsvWriter(String client, Writer writer) {
        this(CsvColumn.Run.of(client), writer);
    }

    /** Writes one client's file of a run to a writer, which should encode UTF-8. */
    public AssessmentsCsvWriter(CsvColumn.Run run, Writer writer) {
        this.run = run;
        this.target = writer;
        this.csv = new CSVWriterBuilder(writer).withLineEnd(CSVWriter.DEFAULT_LINE_END).build();
        csv.writeNext(Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toArray(String[]::new), false);
    }

    public void add(Outcome outcome) {
        CsvColumn[] columns = CsvColumn.values();
        String[] row = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            row[i] = columns[i].value(run, outcome);
        }
        csv.writeNext(row, false);
    }

    /** Flushes everything written; the writer stays open. */
    @Override
    public void close() {
        try {
            csv.flush();
            target.flush();
            if (csv.checkError()) {
                throw new IOException("writing assessments.csv failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
