package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {

    private static Map<String, String> linked() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Owner", "Finance");
        m.put("PCI scope", "Yes");
        m.put("Backup", null);
        return m;
    }

    @Test
    void keepsSheetOrderAndEqualsTheMapItCopies() {
        Attributes a = Attributes.copyOf(linked());
        assertThat(a).isEqualTo(linked()).hasSameHashCodeAs(linked());
        assertThat(a.keySet()).containsExactly("Owner", "PCI scope", "Backup");
        assertThat(a.key(1)).isEqualTo("PCI scope");
        assertThat(a.value(1)).isEqualTo("Yes");
        assertThat(a.get("Owner")).isEqualTo("Finance");
        assertThat(a.get("owner")).isNull();
        assertThat(a.containsKey("Backup")).isTrue();
        assertThat(a.getIgnoringCase("pci SCOPE")).isEqualTo("Yes");
        assertThat(a.getIgnoringCase("Location")).isNull();
        assertThat(Attributes.copyOf(a)).isSameAs(a);
        assertThat(Attributes.copyOf(null)).isEmpty();
    }

    @Test
    void cannotBeChanged() {
        Attributes a = Attributes.copyOf(linked());
        assertThatThrownBy(() -> a.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.entrySet().iterator().next().setValue("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRecordsAttributesSurviveSerialization() throws Exception {
        VmRecord vm = VmRecord.builder(new SourceRef("f.csv", "", 2), "vm1").customAttributes(linked()).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(vm);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            VmRecord copy = (VmRecord) in.readObject();
            assertThat(copy).isEqualTo(vm);
            assertThat(copy.customAttributes()).isInstanceOf(Attributes.class).containsExactlyEntriesOf(linked());
        }
    }
}
