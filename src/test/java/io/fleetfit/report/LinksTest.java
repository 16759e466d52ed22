package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void writesEachLinkAsALocationInTheWorkbook() {
        Links links = new Links();
        links.add("Workloads", 1, 0, Link.to("web-01", new Link.Place("Findings (2)", 11, 0)));
        links.add("Workloads", 2, 0, Link.toRule("PORT-001"));
        links.anchor(Link.ruleAnchor("PORT-001"), new Link.Place("Findings", 4, 2));
        links.anchor(Link.ruleAnchor("PORT-001"), new Link.Place("Findings", 9, 2));   // the first place stays
        assertThat(links.xml("Workloads")).isEqualTo("<hyperlinks>"
                + "<hyperlink ref=\"A2\" location=\"'Findings (2)'!A12\"/>"
                + "<hyperlink ref=\"A3\" location=\"'Findings'!C5\"/></hyperlinks>");
        assertThat(links.xml("Blockers")).isEmpty();
    }

    @Test
    void leavesOutALinkWhoseAnchorWasNeverPlaced() {
        Links links = new Links();
        links.add("Blockers", 5, 0, Link.toRule("PORT-099"));
        assertThat(links.any("Blockers")).isTrue();
        assertThat(links.xml("Blockers")).isEmpty();
    }

    @Test
    void stopsAtTheHyperlinksExcelOpensPerSheet() {
        Links links = new Links();
        Link.Place target = new Link.Place("Findings", 1, 0);
        for (int i = 0; i < Links.MAX_PER_SHEET; i++) {
            assertThat(links.add("Workloads", i + 1, 0, Link.to("vm", target))).isTrue();
        }
        assertThat(links.full("Workloads")).isTrue();
        assertThat(links.add("Workloads", Links.MAX_PER_SHEET + 1, 0, Link.to("vm", target))).isFalse();
        assertThat(links.full("Workloads (2)")).isFalse();
        String xml = links.xml("Workloads");
        assertThat(xml.split("<hyperlink ", -1)).hasSize(Links.MAX_PER_SHEET + 1);
    }

    @Test
    void quotesSheetNamesAndEscapesTheLocation() {
        assertThat(new Link.Place("Ops & Dev's", 0, 27).address()).isEqualTo("'Ops & Dev''s'!AB1");
        Links links = new Links();
        links.add("Overview", 0, 0, Link.to("x", new Link.Place("Ops & Dev's", 0, 0)));
        assertThat(links.xml("Overview")).contains("location=\"'Ops &amp; Dev''s'!A1\"");
    }

    @Test
    void replacesThePlaceholdersElementAndRefusesXmlWithoutOne() {
        String tail = "</sheetData><autoFilter ref=\"A1:B2\"/><hyperlinks><hyperlink ref=\"A1\" location=\""
                + StreamingWorkbook.PLACEHOLDER + "\"/></hyperlinks><pageMargins/></worksheet>";
        assertThat(StreamingWorkbook.withLinks(tail, "<hyperlinks>x</hyperlinks>", "Workloads"))
                .isEqualTo("</sheetData><autoFilter ref=\"A1:B2\"/><hyperlinks>x</hyperlinks><pageMargins/></worksheet>");
        assertThat(StreamingWorkbook.withLinks(tail, "", "Workloads"))
                .isEqualTo("</sheetData><autoFilter ref=\"A1:B2\"/><pageMargins/></worksheet>");
        assertThatThrownBy(() -> StreamingWorkbook.withLinks("</sheetData></worksheet>", "", "Workloads"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Workloads");
    }
}
