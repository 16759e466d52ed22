package io.fleetfit.run;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.RoleMatch;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.run.Pseudonyms.Kind;
import io.fleetfit.summary.Environment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One client's outcomes with every identifying value replaced by its pseudonym ({@link Pseudonyms}),
 * after they were judged on the real values: names, DNS names, IP addresses, vCenter, datacenter,
 * cluster, host, folder, resource pool, vApp, networks, cluster rules, annotations, custom attribute
 * values and the attributes file's application, owner, business unit and override reason. OS
 * strings, product names, the consultant's typed values (environment, classification, role, ...),
 * rule keywords and finding texts stay readable; where a finding, a role's evidence, a warning or a
 * rejection quotes one of the row's values, it quotes the pseudonym instead.
 *
 * <p>Remembers each pseudonym's original: for the reverse map ({@code --pseudonym-map}) and for the
 * report's order, which follows the real names ({@link #original}). Not thread-safe: one per client.
 */
public final class Pseudonymiser {

    /** Values shorter than this are replaced in a text only where they stand as the whole text. */
    private static final int MIN_QUOTED = 3;

    private final Pseudonyms keys;
    /** kind prefix NUL original -> pseudonym. */
    private final Map<String, String> pseudonyms = new HashMap<>();
    /** pseudonym -> original. */
    private final Map<String, String> originals = new HashMap<>();

    public Pseudonymiser(Pseudonyms keys) {
        this.keys = keys;
    }

    /** The pseudonym of {@code value} as a {@code kind}; {@code null} and blank values stay as they are. */
    public String of(Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return pseudonyms.computeIfAbsent(kind.prefix() + '\u0000' + value, k -> {
            String p = keys.of(kind, value);
            originals.put(p, value);
            return p;
        });
    }

    /** The original of a pseudonym this pseudonymiser made, else the text itself. */
    public String original(String text) {
        return text == null ? null : originals.getOrDefault(text, text);
    }

    /** {@link #original} as a function, for the report's order. */
    public UnaryOperator<String> originals() {
        return this::original;
    }

    /** Every pseudonym made so far and its original, by pseudonym. */
    public Map<String, String> map() {
        return new TreeMap<>(originals);
    }

    /** The outcome as the outputs show it. */
    public Outcome apply(Outcome outcome) {
        if (outcome instanceof Assessment a) {
            Texts t = new Texts(a.vm());
            return new Assessment(t.record, a.os(), t.findings(a.findings()), a.portabilityScore(), a.legacyOsScore(),
                    a.isolationScore(), a.fitnessScore(), a.tier(), a.disposition(), a.assessedDisposition(),
                    a.computedDisposition(), a.overrideReason() == null ? null : of(Kind.NOTE, a.overrideReason()),
                    a.completeness(), a.lane(), t.role(a.role()), a.confidence());
        }
        if (outcome instanceof Excluded e) {
            Texts t = new Texts(e.vm());
            return new Excluded(t.record, e.os(), t.finding(e.reason()));
        }
        Rejection r = (Rejection) outcome;
        Texts t = new Texts(r.vmName());
        return new Rejection(r.source(), t.name, t.text(r.reason()));
    }

    /** A record's values and their pseudonyms, and its texts with each value that they quote replaced. */
    private final class Texts {
        /** The record with its values replaced ({@code null} for a rejected row). */
        private VmRecord record;
        private final String name;
        /** original form -> pseudonym, longest first. */
        private final Map<String, String> forms = new TreeMap<>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

        Texts(String vmName) {
            name = one(Kind.VM, vmName);
        }

        Texts(VmRecord vm) {
            name = one(Kind.VM, vm.vmName());
            String dns = one(Kind.DNS, vm.dnsName());
            String ip = list(Kind.IP, vm.primaryIp(), "[;,\\s]+");
            String vcenter = one(Kind.VCENTER, vm.viSdkServer());
            String datacenter = one(Kind.DATACENTER, vm.datacenter());
            String cluster = one(Kind.CLUSTER, vm.cluster());
            String host = one(Kind.HOST, vm.host());
            String folder = one(Kind.FOLDER, vm.folder());
            String pool = one(Kind.POOL, vm.resourcePool());
            String vApp = one(Kind.VAPP, vm.vApp());
            String annotation = one(Kind.NOTE, vm.annotation());
            String rules = one(Kind.CLUSTER_RULE, vm.clusterRules());
            String application = one(Kind.APPLICATION, vm.application());
            String owner = one(Kind.OWNER, vm.owner());
            String unit = one(Kind.UNIT, vm.businessUnit());
            String overrideReason = one(Kind.NOTE, vm.overrideReason());
            String networks = list(Kind.NETWORK, vm.networks(), ";");
            Map<String, String> attributes = new LinkedHashMap<>();
            vm.customAttributes().forEach((header, value) -> attributes.put(header, attribute(header, value)));
            List<String> warnings = vm.warnings().stream().map(this::text).toList();
            record = new VmRecord(vm.source(), name, vm.vmUuid(), vm.smbiosUuid(), dns, ip, vcenter, vm.powerState(),
                    vm.template(), vm.osConfig(), vm.osTools(), vm.guestDetail(), vm.cpus(), vm.memoryMib(),
                    vm.provisionedMib(), vm.inUseMib(), datacenter, cluster, host, folder, pool, vApp, annotation,
                    vm.fixedPassthruHotPlug(), vm.latencySensitivity(), vm.ftState(), vm.numMonitors(), rules,
                    application, owner, vm.environment(), unit, vm.dataClassification(), vm.isolationRequirement(),
                    vm.statefulness(), vm.role(), vm.dispositionOverride(), overrideReason, vm.diskCount(),
                    vm.diskCapacityMib(), vm.rawDeviceMappings(), vm.multiWriterDisks(), vm.independentDisks(),
                    vm.partitionConsumedMib(), vm.nicAdapterTypes(), vm.passthroughNics(), networks, vm.usbDevices(),
                    vm.esxiVersion(), vm.hostCpuModel(), vm.factSheets(), attributes, warnings);
        }

        /** The pseudonym of one value, noted with the forms a text may quote it in. */
        private String one(Kind kind, String value) {
            String p = of(kind, value);
            if (p != null && !p.equals(value)) {
                note(value, p);
            }
            return p;
        }

        /** A list of values ({@code separator} a regular expression), each replaced, the separators kept. */
        private String list(Kind kind, String value, String separator) {
            if (value == null || value.isBlank()) {
                return value;
            }
            StringBuilder out = new StringBuilder();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(separator).matcher(value);
            int at = 0;
            while (m.find()) {
                out.append(one(kind, value.substring(at, m.start()))).append(m.group());
                at = m.end();
            }
            out.append(one(kind, value.substring(at)));
            if (!out.toString().equals(value)) {
                note(value, out.toString());
            }
            return out.toString();
        }

        /**
         * A custom attribute's value: replaced, unless it is a number, a yes-or-no or an environment
         * (the wave plan reads it), which identify nothing. Its kind follows the column: a MAC
         * address, a datastore, an IP address, else an attribute.
         */
        private String attribute(String header, String value) {
            if (value == null || value.isBlank() || readable(value)) {
                return value;
            }
            String h = header == null ? "" : header.toLowerCase(Locale.ROOT);
            Kind kind = h.contains("mac") ? Kind.MAC : h.contains("datastore") || h.equals("path") ? Kind.DATASTORE
                    : h.contains("ip") && h.contains("addr") ? Kind.IP : h.contains("host") ? Kind.HOST
                    : h.contains("network") ? Kind.NETWORK : Kind.ATTRIBUTE;
            return one(kind, value);
        }

        private static boolean readable(String value) {
            String v = value.strip();
            return v.matches("[-+]?[0-9]+([.,][0-9]+)?") || AFFIRMATIVE.contains(v.toLowerCase(Locale.ROOT))
                    || Environment.named(v);
        }

        /** The original in the forms a text quotes it: whole, stripped, on one line and cut as evidence cuts it. */
        private void note(String original, String pseudonym) {
            for (String form : new String[] {original, original.strip()}) {
                forms.putIfAbsent(form, pseudonym);
                String oneLine = form.replace('\n', ' ').replace('\r', ' ');
                forms.putIfAbsent(oneLine, pseudonym);
                if (oneLine.length() > 120) {
                    forms.putIfAbsent(oneLine.substring(0, 117) + "...", pseudonym);
                }
            }
        }

        List<Finding> findings(List<Finding> findings) {
            List<Finding> out = new ArrayList<>(findings.size());
            findings.forEach(f -> out.add(finding(f)));
            return out;
        }

        Finding finding(Finding f) {
            return new Finding(f.ruleId(), f.dimension(), f.severity(), f.effect(), f.weight(), text(f.reason()), text(f.evidence()));
        }

        RoleMatch role(RoleMatch r) {
            return r == null ? null : new RoleMatch(r.role(), r.field(), text(r.value()), r.signal());
        }

        /**
         * The text with each of the row's values it quotes replaced by its pseudonym, longest
         * first, in one pass (a pseudonym is never searched again); a value stands apart from the
         * words around it, and a short one only as the whole text.
         */
        String text(String text) {
            if (text == null || text.isEmpty() || forms.isEmpty()) {
                return text;
            }
            String whole = forms.get(text);
            if (whole != null) {
                return whole;
            }
            boolean[] taken = new boolean[text.length()];
            TreeMap<Integer, Map.Entry<Integer, String>> replaced = new TreeMap<>();
            for (Map.Entry<String, String> e : forms.entrySet()) {
                String form = e.getKey();
                if (form.length() < MIN_QUOTED) {
                    continue;
                }
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if (!taken[at] && !taken[end - 1] && apart(text, at, end, form)) {
                        java.util.Arrays.fill(taken, at, end, true);
                        replaced.put(at, Map.entry(end, e.getValue()));
                    }
                }
            }
            if (replaced.isEmpty()) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int at = 0;
            for (Map.Entry<Integer, Map.Entry<Integer, String>> r : replaced.entrySet()) {
                out.append(text, at, r.getKey()).append(r.getValue().getValue());
                at = r.getValue().getKey();
            }
            return out.append(text, at, text.length()).toString();
        }

        private static boolean apart(String text, int start, int end, String form) {
            boolean before = start == 0 || !Character.isLetterOrDigit(form.charAt(0))
                    || !Character.isLetterOrDigit(text.charAt(start - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(form.charAt(form.length() - 1))
                    || !Character.isLetterOrDigit(text.charAt(end));
            return before && after;
        }
    }

    private static final java.util.Set<String> AFFIRMATIVE = java.util.Set.of(
            "yes", "y", "no", "n", "true", "false", "x", "ja", "nein", "oui", "non", "si", "sí");
}
