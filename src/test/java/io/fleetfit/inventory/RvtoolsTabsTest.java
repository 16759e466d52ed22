package io.fleetfit.inventory;

import static io.fleetfit.inventory.Workbooks.VINFO;
import static io.fleetfit.inventory.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fleetfit.assessment.VmRecord;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

class RvtoolsTabsTest {

    private static final String VC1 = "vcenter01.acme.example";
    private static final String VC2 = "vcenter02.acme.example";
    private static final List<String> VDISK = List.of("VM", "Disk", "Capacity MiB", "Raw", "Disk Mode", "Sharing mode",
            "Folder", "VM UUID", "VI SDK Server");
    private static final List<String> VNETWORK = List.of("VM", "NIC label", "Adapter", "Network", "Direct Path IO",
            "Folder", "VM UUID", "VI SDK Server");
    private static final List<String> VPARTITION = List.of("VM", "Disk", "Capacity MiB", "Consumed MiB", "VM UUID",
            "VI SDK Server");
    private static final List<String> VUSB = List.of("VM", "Device Type", "VM UUID", "VI SDK Server");
    private static final List<String> VHOST = List.of("Host", "CPU Model", "ESX Version", "VI SDK Server");

    /** Two VMs named alike in two vCenters, each with its own UUID: only the UUID tells their rows apart. */
    private static Workbooks twoVcenters() {
        return Workbooks.of()
                .sheet("vInfo", VINFO,
                        row("web", "poweredOn", "uuid-1", VC1, "esx01", null, "Ubuntu Linux (64-bit)"),
                        row("web", "poweredOn", "uuid-2", VC2, "esx01", "Shop", "Ubuntu Linux (64-bit)"),
                        row("db", "poweredOff", "uuid-3", VC1, "esx02", null, "Red Hat Enterprise Linux 9 (64-bit)"))
                .sheet("vDisk", VDISK,
                        row("web", "Hard disk 1", 40960, "False", "persistent", "sharingNone", "/DC1/Web", "uuid-1", VC1),
                        row("web", "Hard disk 2", 102400, "False", "persistent", "sharingNone", "/DC1/Web", "uuid-1", VC1),
                        row("web", "Hard disk 1", 51200, "True", "independent_persistent", "sharingNone", "/DC2/Shop", "uuid-2", VC2),
                        row("web", "Hard disk 2", 51200, "False", "persistent", "sharingMultiWriter", "/DC2/Shop", "uuid-2", VC2))
                .sheet("vPartition", VPARTITION,
                        row("web", "/", 40000, 12000.4, "uuid-1", VC1),
                        row("web", "/data", 100000, 50000.3, "uuid-1", VC1))
                .sheet("vNetwork", VNETWORK,
                        row("web", "Network adapter 1", "Vmxnet3", "VLAN110", "True", "/DC1/Web-net", "uuid-1", VC1),
                        row("web", "Network adapter 2", "Vmxnet3", "VLAN120", "True", "/DC1/Web-net", "uuid-1", VC1),
                        row("web", "Network adapter 3", "E1000e", "VLAN110", "False", "/DC1/Web-net", "uuid-1", VC1),
                        row("web", "Network adapter 1", "SriovEthernetCard", "VLAN900", "False", null, "uuid-2", VC2))
                .sheet("vUSB", VUSB, row("db", "Aladdin USB Key", "uuid-3", VC1))
                .sheet("vHost", VHOST,
                        row("esx01", "Intel(R) Xeon(R) Gold 6346 CPU @ 3.10GHz", "VMware ESXi 8.0.3 build-24674464", VC1),
                        row("esx01", "AMD EPYC 7543 32-Core Processor", "VMware ESXi 7.0.3 build-24723872", VC2),
                        row("esx02", "Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz", "VMware ESXi 8.0.2 build-22380479", VC1))
                .metadata();
    }

    @Test
    void joinsEveryTabOnVmUuid() {
        Workbooks.Read read = Workbooks.readXlsx("two.xlsx", twoVcenters().xlsx());

        VmRecord web1 = read.vms().get(0);
        assertThat(web1.vmUuid()).isEqualTo("uuid-1");
        assertThat(web1.diskCount()).isEqualTo(2);
        assertThat(web1.diskCapacityMib()).isEqualTo(143_360L);
        assertThat(web1.rawDeviceMappings()).isZero();
        assertThat(web1.multiWriterDisks()).isZero();
        assertThat(web1.independentDisks()).isZero();
        assertThat(web1.partitionConsumedMib()).isEqualTo(62_001L);
        assertThat(web1.nicAdapterTypes()).isEqualTo("Vmxnet3;E1000e");
        assertThat(web1.networks()).isEqualTo("VLAN110;VLAN120");
        assertThat(web1.passthroughNics()).isZero();
        assertThat(web1.usbDevices()).isZero();
        assertThat(web1.esxiVersion()).isEqualTo("VMware ESXi 8.0.3 build-24674464");
        assertThat(web1.hostCpuModel()).isEqualTo("Intel(R) Xeon(R) Gold 6346 CPU @ 3.10GHz");

        VmRecord web2 = read.vms().get(1);
        assertThat(web2.vmUuid()).isEqualTo("uuid-2");
        assertThat(web2.diskCount()).isEqualTo(2);
        assertThat(web2.diskCapacityMib()).isEqualTo(102_400L);
        assertThat(web2.rawDeviceMappings()).isEqualTo(1);
        assertThat(web2.independentDisks()).isEqualTo(1);
        assertThat(web2.multiWriterDisks()).isEqualTo(1);
        assertThat(web2.nicAdapterTypes()).isEqualTo("SriovEthernetCard");
        assertThat(web2.passthroughNics()).isEqualTo(1);
        assertThat(web2.esxiVersion()).isEqualTo("VMware ESXi 7.0.3 build-24723872");
        assertThat(web2.hostCpuModel()).isEqualTo("AMD EPYC 7543 32-Core Processor");

        VmRecord db = read.vm("db");
        assertThat(db.usbDevices()).isEqualTo(1);
        assertThat(db.esxiVersion()).isEqualTo("VMware ESXi 8.0.2 build-22380479");
    }

    @Test
    void presentTabsStateZeroForAVmWithoutRowsAndListThemAsFactSheets() {
        VmRecord db = Workbooks.readXlsx("two.xlsx", twoVcenters().xlsx()).vm("db");

        assertThat(db.diskCount()).isZero();
        assertThat(db.diskCapacityMib()).isZero();
        assertThat(db.rawDeviceMappings()).isZero();
        assertThat(db.passthroughNics()).isZero();
        assertThat(db.nicAdapterTypes()).isNull();
        assertThat(db.networks()).isNull();
        // vPartition lists only what VMware Tools reports: no rows is no knowledge, not zero bytes
        assertThat(db.partitionConsumedMib()).isNull();
        assertThat(db.factSheets()).containsExactly("vInfo", "vDisk", "vPartition", "vNetwork", "vUSB", "vHost");
    }

    @Test
    void presentButEmptyVusbTabMeansNoUsbDevices() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", VINFO, row("app", "poweredOn", "uuid-9", VC1, "esx01", null, "Ubuntu Linux (64-bit)"))
                .sheet("vUSB", VUSB)
                .metadata();

        VmRecord app = Workbooks.readXlsx("usb.xlsx", book.xlsx()).vm("app");

        assertThat(app.usbDevices()).isZero();
        assertThat(app.factSheets()).containsExactly("vInfo", "vUSB");
    }

    /** RVTools 4.x's vUSB columns up to "Unit number", then the identity columns fleetfit joins on. */
    private static final List<String> VUSB_RVTOOLS = List.of("VM", "Powerstate", "Template", "SRM Placeholder",
            "Device Node", "Device Type", "Connected", "Family", "Speed", "EHCI enabled", "Auto connect", "Bus number",
            "Unit number", "VM UUID", "VI SDK Server");

    /**
     * A licence server with a connected dongle behind its xHCI controller, a desktop whose card
     * reader is configured but not connected (its controller named by Device Node only), a VM with
     * a USB controller and nothing on it, and a powered-off VM whose dongle vSphere reports
     * unconnected because the VM is not running.
     */
    private static Workbooks usbEstate() {
        return Workbooks.of()
                .sheet("vInfo", VINFO,
                        row("lic", "poweredOn", "uuid-1", VC1, "esx01", null, "Microsoft Windows Server 2019 (64-bit)"),
                        row("desk", "poweredOn", "uuid-2", VC1, "esx01", null, "Microsoft Windows 10 (64-bit)"),
                        row("app", "poweredOn", "uuid-3", VC1, "esx01", null, "Red Hat Enterprise Linux 9 (64-bit)"),
                        row("old", "poweredOff", "uuid-4", VC1, "esx01", null, "Microsoft Windows Server 2016 (64-bit)"))
                .sheet("vUSB", VUSB_RVTOOLS,
                        row("lic", "poweredOn", "False", "False", "USB xHCI controller", "VirtualUSBXHCIController", null,
                                null, null, "False", "True", 0, null, "uuid-1", VC1),
                        row("lic", "poweredOn", "False", "False", "USB 1", "SafeNet Sentinel HL Max", "True",
                                "other", "full", "False", "True", 0, 1, "uuid-1", VC1),
                        row("desk", "poweredOn", "False", "False", "USB controller", null, null,
                                null, null, "True", "True", 0, null, "uuid-2", VC1),
                        row("desk", "poweredOn", "False", "False", "USB 1", "Smart card reader", false,
                                "smartCard", "full", "True", "True", 0, 1, "uuid-2", VC1),
                        row("app", "poweredOn", "False", "False", "USB xHCI controller", "VirtualUSBXHCIController", "False",
                                null, null, "False", "True", 0, null, "uuid-3", VC1),
                        row("old", "poweredOff", "False", "False", "USB 1", "Aladdin HASP HL", "False",
                                "other", "full", "True", "True", 0, 1, "uuid-4", VC1))
                .metadata();
    }

    @Test
    void vusbCountsConnectedDevicesNotControllersOrDisconnectedDevices() {
        Workbooks.Read read = Workbooks.readXlsx("usb.xlsx", usbEstate().xlsx());

        assertThat(read.vm("lic").usbDevices()).as("the dongle, not its controller").isEqualTo(1);
        assertThat(read.vm("desk").usbDevices()).as("a card reader configured but not connected").isZero();
        assertThat(read.vm("app").usbDevices()).as("a USB controller with nothing connected").isZero();
        assertThat(read.vm("old").usbDevices()).as("Connected is valid only while the VM runs").isEqualTo(1);
        assertThat(read.vm("app").factSheets()).contains("vUSB");
    }

    @Test
    void xlsWorkbooksCountVusbDevicesTheSameWay() {
        Workbooks.Read read = Workbooks.readXls("usb.xls", usbEstate().xls());

        assertThat(read.vms()).extracting(VmRecord::vmName, VmRecord::usbDevices)
                .containsExactly(tuple("lic", 1), tuple("desk", 0), tuple("app", 0), tuple("old", 1));
    }

    @Test
    void withoutAConnectedColumnEveryDeviceRowCountsButControllersStillDoNot() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", VINFO,
                        row("lic", "poweredOn", "uuid-1", VC1, "esx01", null, null),
                        row("app", "poweredOn", "uuid-2", VC1, "esx01", null, null))
                .sheet("vUSB", VUSB,
                        row("lic", "Aladdin USB Key", "uuid-1", VC1),
                        row("lic", "Smart card reader", "uuid-1", VC1),
                        row("app", "VirtualUSBController", "uuid-2", VC1));

        Workbooks.Read read = Workbooks.readXlsx("old-vusb.xlsx", book.xlsx());

        assertThat(read.vm("lic").usbDevices()).isEqualTo(2);
        assertThat(read.vm("app").usbDevices()).isZero();
    }

    @Test
    void recognisesUsbControllersAndConnectedDevices() {
        assertThat(RvtoolsTabs.isUsbController("VirtualUSBController")).isTrue();
        assertThat(RvtoolsTabs.isUsbController("VirtualUSBXHCIController")).isTrue();
        assertThat(RvtoolsTabs.isUsbController("USB xHCI controller")).isTrue();
        assertThat(RvtoolsTabs.isUsbController("EHCI+UHCI")).isTrue();
        assertThat(RvtoolsTabs.isUsbController("Aladdin USB Key")).isFalse();
        assertThat(RvtoolsTabs.isUsbController("VirtualUSB")).isFalse();
        assertThat(RvtoolsTabs.isUsbController("Smart card reader")).isFalse();

        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSB", "USB 1", "True", "poweredOn")).isTrue();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSB", "USB 1", "TRUE", null)).isTrue();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSB", "USB 1", "False", "poweredOn")).isFalse();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSB", "USB 1", "False", null)).isFalse();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSB", "USB 1", "False", "poweredOff")).isTrue();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSB", "USB 1", "False", "suspended")).isTrue();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSB", "USB 1", null, "poweredOn")).isTrue();
        assertThat(RvtoolsTabs.isConnectedUsbDevice(null, "USB 1", "True", "poweredOn")).isTrue();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSBController", null, "True", "poweredOn")).isFalse();
        assertThat(RvtoolsTabs.isConnectedUsbDevice("VirtualUSBController", null, null, "poweredOff")).isFalse();
        assertThat(RvtoolsTabs.isConnectedUsbDevice(null, "USB xHCI controller", "False", "poweredOff")).isFalse();
        assertThat(RvtoolsTabs.isConnectedUsbDevice(null, "USB controller", null, "poweredOn")).isFalse();
    }

    @Test
    void absentTabsLeaveTheirFactsUnknownAndSaySo() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", VINFO, row("app", "poweredOn", "uuid-9", VC1, "esx01", null, "Ubuntu Linux (64-bit)"))
                .sheet("vDisk", VDISK, row("app", "Hard disk 1", 40960, "False", "persistent", "sharingNone", "/DC1", "uuid-9", VC1))
                .metadata();

        Workbooks.Read read = Workbooks.readXlsx("partial.xlsx", book.xlsx());
        VmRecord app = read.vm("app");

        assertThat(app.diskCount()).isEqualTo(1);
        assertThat(app.usbDevices()).isNull();
        assertThat(app.passthroughNics()).isNull();
        assertThat(app.nicAdapterTypes()).isNull();
        assertThat(app.partitionConsumedMib()).isNull();
        assertThat(app.esxiVersion()).isNull();
        assertThat(app.factSheets()).containsExactly("vInfo", "vDisk");
        assertThat(read.summary().notes()).containsExactly(
                "no vPartition tab: guest partition usage unknown",
                "no vNetwork tab: network adapter facts unknown",
                "no vUSB tab: USB devices unknown",
                "no vHost tab: host ESXi version and CPU model unknown");
    }

    @Test
    void handMadeListWithoutTabsGetsNoMissingTabNotes() {
        Workbooks book = Workbooks.of().sheet("Servers", List.of("VM Name", "CPUs"), row("app-01", 2));

        Workbooks.Read read = Workbooks.readXlsx("list.xlsx", book.xlsx());

        assertThat(read.summary().notes()).isEmpty();
        assertThat(read.vm("app-01").factSheets()).containsExactly("vInfo");
        assertThat(read.vm("app-01").usbDevices()).isNull();
    }

    @Test
    void joinsOnVmNameAndVcenterWhenVinfoHasNoUuid() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", List.of("VM", "VI SDK Server", "Host"),
                        row("web", VC1, "esx01"), row("web", VC2, "esx01"))
                .sheet("vDisk", VDISK,
                        row("web", "Hard disk 1", 10240, "False", "persistent", "sharingNone", null, "uuid-1", VC1),
                        row("web", "Hard disk 1", 20480, "False", "persistent", "sharingNone", null, "uuid-2", VC2),
                        row("web", "Hard disk 2", 20480, "False", "persistent", "sharingNone", null, "uuid-2", VC2))
                .sheet("vHost", VHOST,
                        row("esx01", "Intel CPU", "VMware ESXi 8.0.3", VC1),
                        row("esx01", "AMD CPU", "VMware ESXi 7.0.3", VC2));

        List<VmRecord> vms = Workbooks.readXlsx("byname.xlsx", book.xlsx()).vms();

        assertThat(vms).extracting(VmRecord::diskCount).containsExactly(1, 2);
        assertThat(vms).extracting(VmRecord::diskCapacityMib).containsExactly(10_240L, 40_960L);
        assertThat(vms).extracting(VmRecord::hostCpuModel).containsExactly("Intel CPU", "AMD CPU");
    }

    @Test
    void joinsOnVmNameAloneWhenNeitherUuidNorVcenterIsOnBothSides() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", List.of("VM", "VM UUID", "Host"), row("web", "uuid-1", "esx01"), row("db", "uuid-2", "esx01"))
                .sheet("vNetwork", List.of("VM", "Adapter", "Network"),
                        row("web", "PCIPassthru", "VLAN1"), row("db", "Vmxnet3", "VLAN2"), row("db", "Vmxnet3", "VLAN3"));

        List<VmRecord> vms = Workbooks.readXlsx("old.xlsx", book.xlsx()).vms();

        assertThat(vms).extracting(VmRecord::passthroughNics).containsExactly(1, 0);
        assertThat(vms).extracting(VmRecord::networks).containsExactly("VLAN1", "VLAN2;VLAN3");
    }

    @Test
    void aTabRowWithAnEmptyUuidCellFallsBackToNameAndVcenter() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", VINFO,
                        row("web", "poweredOn", "uuid-1", VC1, "esx01", null, null),
                        row("web", "poweredOn", "uuid-2", VC2, "esx01", null, null))
                .sheet("vUSB", VUSB, row("web", "Aladdin USB Key", null, VC1));

        List<VmRecord> vms = Workbooks.readXlsx("mixed.xlsx", book.xlsx()).vms();

        assertThat(vms).extracting(VmRecord::usbDevices).containsExactly(1, 0);
    }

    @Test
    void folderComesFromVdiskOrVnetworkWhenVinfoLeavesItEmpty() {
        Workbooks.Read read = Workbooks.readXlsx("two.xlsx", twoVcenters().xlsx());

        assertThat(read.vms().get(0).folder()).isEqualTo("/DC1/Web");   // vInfo empty: vDisk's
        assertThat(read.vms().get(1).folder()).isEqualTo("Shop");       // vInfo's own wins
        assertThat(read.vm("db").folder()).isNull();

        Workbooks networkOnly = Workbooks.of()
                .sheet("vInfo", VINFO, row("web", "poweredOn", "uuid-1", VC1, "esx01", null, null))
                .sheet("vNetwork", VNETWORK, row("web", "Network adapter 1", "Vmxnet3", "VLAN1", "True", "/DC1/Net", "uuid-1", VC1));
        assertThat(Workbooks.readXlsx("n.xlsx", networkOnly.xlsx()).vm("web").folder()).isEqualTo("/DC1/Net");
    }

    @Test
    void directPathIoIsNoPassthrough() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", VINFO, row("web", "poweredOn", "uuid-1", VC1, "esx01", null, null))
                .sheet("vNetwork", VNETWORK,
                        row("web", "Network adapter 1", "Vmxnet3", "VLAN1", "True", null, "uuid-1", VC1),
                        row("web", "Network adapter 2", "Vmxnet3", "VLAN2", "True", null, "uuid-1", VC1));

        assertThat(Workbooks.readXlsx("dp.xlsx", book.xlsx()).vm("web").passthroughNics()).isZero();
    }

    @Test
    void rvtools3MbHeadersAreReadAsMibWithANote() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", VINFO, row("web", "poweredOn", "uuid-1", VC1, "esx01", null, null))
                .sheet("vDisk", List.of("VM", "Disk", "Capacity MB", "VM UUID"),
                        row("web", "Hard disk 1", 40960, "uuid-1"), row("web", "Hard disk 2", 1024, "uuid-1"))
                .sheet("vPartition", List.of("VM", "Disk", "Capacity MB", "Consumed MB", "VM UUID"),
                        row("web", "/", 40000, 10000, "uuid-1"))
                .metadata();

        Workbooks.Read read = Workbooks.readXlsx("rv3.xlsx", book.xlsx());

        assertThat(read.vm("web").diskCapacityMib()).isEqualTo(41_984L);
        assertThat(read.vm("web").partitionConsumedMib()).isEqualTo(10_000L);
        assertThat(read.summary().notes()).contains(RvtoolsTabs.MB_NOTE).doesNotHaveDuplicates();
    }

    @Test
    void readsTabsWhateverTheirPlaceInTheWorkbook() {
        Workbooks book = Workbooks.of()
                .sheet("VDISK", VDISK, row("web", "Hard disk 1", 40960, "False", "persistent", "sharingNone", null, "uuid-1", VC1))
                .sheet("vInfo", VINFO, row("web", "poweredOn", "uuid-1", VC1, "esx01", null, null));

        VmRecord web = Workbooks.readXlsx("order.xlsx", book.xlsx()).vm("web");

        assertThat(web.diskCount()).isEqualTo(1);
        assertThat(web.factSheets()).containsExactly("vInfo", "vDisk");
    }

    @Test
    void formattedEmptyTrailingRowsAndTotalsRowsOfATabAreIgnored() {
        byte[] xlsx = XlsxInventoryReaderTest.workbook(wb -> {
            Sheet info = wb.createSheet("vInfo");
            cells(info.createRow(0), "VM", "VM UUID");
            cells(info.createRow(1), "web", "uuid-1");
            Sheet disk = wb.createSheet("vDisk");
            cells(disk.createRow(0), "VM", "Capacity MiB", "VM UUID");
            cells(disk.createRow(1), "web", "40960", "uuid-1");
            Row total = disk.createRow(2);
            total.createCell(1).setCellValue(40960);                     // a hand-added sum, no VM
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            for (int r = 3; r < 800; r++) {
                Row row = disk.createRow(r);
                row.setRowStyle(style);
                row.createCell(0).setCellStyle(style);
                row.createCell(2).setCellValue("");
            }
        });

        VmRecord web = Workbooks.readXlsx("resaved.xlsx", xlsx).vm("web");

        assertThat(web.diskCount()).isEqualTo(1);
        assertThat(web.diskCapacityMib()).isEqualTo(40_960L);
    }

    @Test
    void tabWithoutVmColumnIsNotJoinedAndSaysSo() {
        Workbooks book = Workbooks.of()
                .sheet("vInfo", VINFO, row("web", "poweredOn", "uuid-1", VC1, "esx01", null, null))
                .sheet("vUSB", List.of("Device", "Type"), row("USB 1", "Key"))
                .metadata();

        Workbooks.Read read = Workbooks.readXlsx("odd.xlsx", book.xlsx());

        assertThat(read.vm("web").usbDevices()).isNull();
        assertThat(read.vm("web").factSheets()).containsExactly("vInfo");
        assertThat(read.summary().notes()).contains("vUSB tab has no VM column: USB devices unknown");
    }

    @Test
    void recognisesPassthroughAdaptersAndDiskModes() {
        assertThat(RvtoolsTabs.isPassthroughAdapter("SriovEthernetCard")).isTrue();
        assertThat(RvtoolsTabs.isPassthroughAdapter("PCIPassthru")).isTrue();
        assertThat(RvtoolsTabs.isPassthroughAdapter("SR-IOV passthrough")).isTrue();
        assertThat(RvtoolsTabs.isPassthroughAdapter("sriov")).isTrue();
        assertThat(RvtoolsTabs.isPassthroughAdapter("Vmxnet3")).isFalse();
        assertThat(RvtoolsTabs.isPassthroughAdapter("E1000e")).isFalse();
        assertThat(RvtoolsTabs.isMultiWriter("sharingMultiWriter")).isTrue();
        assertThat(RvtoolsTabs.isMultiWriter("Multi-Writer")).isTrue();
        assertThat(RvtoolsTabs.isMultiWriter("sharingNone")).isFalse();
        assertThat(RvtoolsTabs.isIndependent("independent_nonpersistent")).isTrue();
        assertThat(RvtoolsTabs.isIndependent("persistent")).isFalse();
        assertThat(RvtoolsTabs.mib("102,400", false)).isEqualTo(102_400d);
        assertThat(RvtoolsTabs.mib("-1", false)).isNull();
        assertThat(RvtoolsTabs.mib("n/a", false)).isNull();
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
