package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Administrators mark a VM they mean to remove where everyone sees it: its name ("GRPJDEFAT05 da
 * dismettere", "SAGE2QB-DELETE_ON_7-1-24", "SMLVROPSRC01-OLD"), a folder or resource pool
 * ("Decommissioned", "To delete") or a custom attribute. Migrating such a VM costs effort that
 * retiring it saves, so, like a powered-off VM, a person decides first. Annotations are not read:
 * free text tells stories ("replaces the old server", "do not delete") rather than marking. A
 * text that also holds a negation ("not", "non", "nicht") is passed over.
 */
public record MarkedForRetirement(Keywords keywords) implements KeywordRule<MarkedForRetirement> {

    private static final Keywords NEGATIONS = Keywords.of("not", "don t", "dont", "never", "non", "nicht", "keep");

    @Override public String id() { return "GEN-009"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.RETIRE; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Marks a VM as a retire candidate when its name, folder, resource pool, vApp, cluster or a custom attribute"
                + " says it is to be decommissioned (decommission, delete, retire, old, da dismettere, löschen, ...:"
                + " the keywords under Parameters), keeping its would-be assessment.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Optional<Evidence.Match> m = marked(w.name());
        for (int i = 0; m.isEmpty() && i < w.texts().size(); i++) {
            Evidence.Text t = w.texts().get(i);
            if (!t.field().column().equals("Annotation")) {
                m = marked(t);
            }
        }
        return m.map(match -> finding("Is marked for decommissioning (\"" + match.keyword() + "\" in its "
                        + match.field().column() + "); confirm it is still needed before migrating it.",
                match.field().describe()));
    }

    private Optional<Evidence.Match> marked(Evidence.Text text) {
        return Evidence.find(text, keywords).filter(m -> NEGATIONS.firstIn(text).isEmpty());
    }

    @Override
    public MarkedForRetirement withKeywords(Keywords keywords) {
        return new MarkedForRetirement(keywords);
    }

    /** The policy's default keywords, in English, Italian, German, French and Spanish; a client's list can replace them. */
    public static MarkedForRetirement standard() {
        return new MarkedForRetirement(Keywords.of(
                "decom", "decomm", "decommission", "decommissioned", "decommissioning", "to be decommissioned",
                "retire", "retired", "to retire", "obsolete", "deprecated", "old",
                "delete", "deleted", "to delete", "to be deleted", "delete on", "delete after", "remove", "to remove",
                "dismettere", "da dismettere", "dismesso", "dismessa", "dismissione", "eliminare", "da eliminare",
                "da cancellare", "cancellare",
                "löschen", "loeschen", "zu löschen", "stilllegen", "stillgelegt", "abschalten", "abgeschaltet",
                "a supprimer", "supprimer", "obsolète",
                "eliminar", "borrar", "dar de baja"));
    }
}
