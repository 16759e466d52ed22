package io.fleetfit.run;

import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Duplicates;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.report.RunInfo;
import io.fleetfit.summary.ClientSummary;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * One client's work, without Spark: its rules (one {@link Assessor}, built once) and its rows of
 * the attributes file, which turn each read row into its outcome ({@link #outcome}), and the
 * writer of its outputs. Both of the job's plans and the single-threaded baseline make one per
 * client ({@link ClientWriter#forClient}) and go through it.
 */
public final class ClientRun {

    private final InputPaths.Client client;
    private final RunInfo run;
    private final Assessor assessor;
    private final ConsultantAttributes attributes;
    private final ClientWriter writer;

    /**
     * @param run the run as the client's report states it, with the rules that judge its rows
     * @param attributes the attributes file's rows for the client ({@link ConsultantAttributes#forClient})
     */
    ClientRun(InputPaths.Client client, RunInfo run, ConsultantAttributes attributes, ClientWriter writer) {
        this.client = client;
        this.run = run;
        this.assessor = new Assessor(run.rules(), run.roles());
        this.attributes = attributes;
        this.writer = writer;
    }

    public InputPaths.Client client() {
        return client;
    }

    RunInfo run() {
        return run;
    }

    ConsultantAttributes attributes() {
        return attributes;
    }

    /**
     * What a read row comes to, the one place this is decided: a duplicate of an earlier row
     * becomes its rejection; a VM gets the consultant's attributes in place of the inventory's and
     * is judged by the client's rules; a row the reader rejected stays rejected. A row judged as it
     * was read keeps that judgement unless it turns out a duplicate.
     *
     * @param marks the client's duplicates, or {@code null} while they are not yet known (the
     *     per-client plan judges rows as it reads them, and its writer asks again with the marks)
     */
    public Item.Judged outcome(Item.Read read, Duplicates.Marks marks) {
        Rejection duplicate = marks == null ? null : marks.duplicate(read.row().source());
        if (duplicate != null) {
            return new Item.Judged(duplicate, 0);
        }
        if (read.judged() != null) {
            return read.judged();
        }
        if (!(read.row() instanceof ReadRow.Vm vm)) {
            return new Item.Judged(((ReadRow.Rejected) read.row()).rejection(), 0);
        }
        Optional<ConsultantAttributes.Entry> entry = attributes.match(vm.vm());
        Outcome outcome = assessor.assess(entry.map(e -> ConsultantAttributes.apply(vm.vm(), e)).orElse(vm.vm()));
        return new Item.Judged(outcome, entry.map(ConsultantAttributes.Entry::row).orElse(0));
    }

    /**
     * The client's outputs from its items in {@link Item#sortKey()} order; whatever goes wrong ends
     * in the summary.
     *
     * @param judged told of every row judged, for the progress line
     */
    public ClientSummary write(Iterator<Item> items, LongConsumer judged) {
        return writer.write(this, items, judged);
    }
}
