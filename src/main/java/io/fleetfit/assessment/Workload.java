package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The facts rules look at: the inventory record plus what was derived from it without judgement
 * (the recognised OS, and the record's texts split into words for the keyword rules). Built once
 * per record by {@link Assessor}.
 *
 * <p>A value of the record and its OS: the texts are worked out from the record on first use and
 * remembered, so the five keyword rules do not each normalise every text again.
 */
public final class Workload implements Serializable {

    private final VmRecord vm;
    private final OsInfo os;
    private final RoleMatch role;
    private transient List<Evidence.Text> texts;
    private transient Evidence.Text name;
    /** {@link Fact}s worked out so far: fact, value, fact, value, ... */
    private transient Object[] facts;

    /**
     * Something several rules derive from a workload the same way (the texts the isolation rules
     * search, say): worked out on the first {@link #fact} call per workload and remembered, so
     * the rules do not each derive it again. One instance per kind of fact, held in a constant.
     */
    public static final class Fact<T> {
        private final Function<Workload, T> derive;

        public Fact(Function<Workload, T> derive) {
            this.derive = derive;
        }
    }

    /** A workload whose role is not known (no role catalog consulted). */
    public Workload(VmRecord vm, OsInfo os) {
        this(vm, os, null);
    }

    /**
     * @param role the role its texts reveal ({@link RoleCatalog#match}), {@code null} for none
     */
    public Workload(VmRecord vm, OsInfo os, RoleMatch role) {
        this.vm = vm;
        this.os = os;
        this.role = role;
    }

    /** The record with its OS recognised and its role looked up in {@code roles}. */
    public static Workload of(VmRecord vm, RoleCatalog roles) {
        OsInfo os = OsRecognizer.recognize(vm);
        return new Workload(vm, os, roles.match(vm, os).orElse(null));
    }

    public VmRecord vm() {
        return vm;
    }

    public OsInfo os() {
        return os;
    }

    /** The workload's role and the text that revealed it, {@code null} when none did. */
    public RoleMatch role() {
        return role;
    }

    /** Whether the workload's role is one of {@code effect}. */
    public boolean roleIs(Role.RoleEffect effect) {
        return role != null && role.role().effect() == effect;
    }

    /** {@link Evidence#textFields} of the record, each split into words for {@link Keywords}. */
    public List<Evidence.Text> texts() {
        List<Evidence.Text> t = texts;
        if (t == null) {
            List<Evidence.Field> fields = Evidence.textFields(vm);
            Evidence.Text[] split = new Evidence.Text[fields.size()];
            for (int i = 0; i < split.length; i++) {
                split[i] = new Evidence.Text(fields.get(i));
            }
            t = List.of(split);
            texts = t;
        }
        return t;
    }

    /** The VM name as a field ("VM"), split into words for {@link Keywords}. */
    public Evidence.Text name() {
        Evidence.Text n = name;
        if (n == null) {
            // every VM has a name of its own: remembering names' words would only push out the values that repeat
            n = new Evidence.Text(new Evidence.Field("VM", vm.vmName()), false);
            name = n;
        }
        return n;
    }

    /** {@code fact} of this workload, derived on the first call. */
    @SuppressWarnings("unchecked")
    public <T> T fact(Fact<T> fact) {
        Object[] f = facts;
        int n = 0;
        if (f != null) {
            for (; n < f.length && f[n] != null; n += 2) {
                if (f[n] == fact) {
                    return (T) f[n + 1];
                }
            }
        }
        T value = fact.derive.apply(this);
        if (f == null) {
            f = new Object[4];
        } else if (n == f.length) {
            f = Arrays.copyOf(f, 2 * n);
        }
        f[n] = fact;
        f[n + 1] = value;
        facts = f;
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workload w && Objects.equals(vm, w.vm) && Objects.equals(os, w.os) && Objects.equals(role, w.role);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(vm) + Objects.hashCode(os)) + Objects.hashCode(role);
    }

    @Override
    public String toString() {
        return "Workload[vm=" + vm + ", os=" + os + ", role=" + role + "]";
    }
}
