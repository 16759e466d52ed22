package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderedSetTest {

    @Test
    void keepsTheGivenOrderAndEqualsAnySetOfTheSameElements() {
        Set<String> given = new LinkedHashSet<>(List.of("vInfo", "vUSB", "vDisk"));
        Set<String> set = OrderedSet.copyOf(given);

        assertThat(set).containsExactly("vInfo", "vUSB", "vDisk");
        assertThat(set).isEqualTo(Set.of("vDisk", "vInfo", "vUSB")).hasSameHashCodeAs(Set.of("vDisk", "vInfo", "vUSB"));
        assertThat(set.contains("vUSB")).isTrue();
        assertThat(set.contains("vHost")).isFalse();
        assertThat(set.contains(null)).isFalse();
        assertThat(OrderedSet.copyOf(set)).isSameAs(set);
        given.add("vHost");
        assertThat(set).hasSize(3);   // a copy, not a view
    }

    @Test
    void cannotBeChanged() {
        Set<String> set = OrderedSet.copyOf(List.of("vInfo", "vDisk"));
        Iterator<String> it = set.iterator();
        it.next();
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(OrderedSet.copyOf(null)).isEmpty();
    }

    @Test
    void aRecordsFactSheetsAreOneSmallSetKeptInOrder() {
        VmRecord vm = Fixtures.vm("web").factSheets(new LinkedHashSet<>(List.of("vInfo", "vNetwork", "vDisk"))).build();
        assertThat(vm.factSheets()).isInstanceOf(OrderedSet.class).containsExactly("vInfo", "vNetwork", "vDisk");
        assertThat(vm.toBuilder().build().factSheets()).isSameAs(vm.factSheets());
    }
}
