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
 * A database engine holds state on local disks; it can run in a container only once that state moves to
 * persistent volumes or a managed service, which is remediation work to plan.
 */
public record DatabaseEngine(Keywords keywords) implements KeywordRule<DatabaseEngine> {

    @Override public String id() { return "PORT-007"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 20; }

    @Override
    public String description() {
        return "Flags hints of a database engine (sql, oracle, postgres, ...: the keywords under Parameters) in the VM name, annotation, custom attributes, folder, resource pool, vApp or cluster.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Optional<Evidence.Match> inName = Evidence.find(w.name(), keywords);
        return (inName.isPresent() ? inName : Evidence.find(w.texts(), keywords)).map(m -> finding(
                "Looks like a database server (" + m.keyword()
                        + "); its state must move to persistent volumes or a managed service first.",
                m.field().describe()));
    }

    @Override
    public DatabaseEngine withKeywords(Keywords keywords) {
        return new DatabaseEngine(keywords);
    }

    /** Database engines and the words inventories use for them. */
    public static DatabaseEngine standard() {
        return new DatabaseEngine(Keywords.of("sql", "mssql", "mysql", "sqlserver", "postgres", "postgresql", "pgsql",
                "mariadb", "oracle db", "oradb", "db2", "mongo", "mongodb", "cassandra", "couchdb", "db", "database"));
    }
}
