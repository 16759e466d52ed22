package io.fleetfit.inventory;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Input files a client might send that are empty, broken, mislabelled, encrypted or hostile, each
 * made here rather than kept in the repository, for the reader tests and the job's end-to-end
 * tests alike.
 */
public final class HostileFiles {

    /** The password of {@link #agileEncrypted(byte[])} workbooks. */
    public static final String PASSWORD = "s3cret";

    /**
     * A file no reader can read.
     *
     * @param name the file's name, whose extension promises a format
     * @param bytes its content
     * @param advice what the one-line message must tell the user, after the file's name
     */
    public record Unreadable(String name, byte[] bytes, String advice) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileFiles() {
    }

    /** Every unreadable file but the zip bomb, which is written to disk by {@link #writeZipBomb}. */
    public static List<Unreadable> unreadable() {
        byte[] workbook = workbook();
        return List.of(
                new Unreadable("empty.csv", new byte[0], "the file is empty; export the vInfo tab from RVTools again."),
                new Unreadable("empty.xlsx", new byte[0], "the file is empty; export the vInfo tab from RVTools again."),
                new Unreadable("csv-renamed.xlsx", "VM,CPUs\nacme-web-01,2\n".getBytes(StandardCharsets.UTF_8),
                        "not an Excel .xlsx workbook (it is not a zip file); export the vInfo tab from RVTools as .xlsx or CSV."),
                new Unreadable("image-renamed.csv", png(),
                        "a PNG image, not a CSV file; export the vInfo tab from RVTools as CSV or .xlsx."),
                new Unreadable("workbook-renamed.csv", workbook,
                        "a zip file (perhaps an .xlsx workbook), not a CSV file; give it its Excel name (.xlsx or .xls) and try again."),
                new Unreadable("truncated.xlsx", Arrays.copyOf(workbook, workbook.length * 2 / 3),
                        "; open it in Excel, save it as .xlsx and try again."),
                new Unreadable("corrupt-sheet.xlsx", corruptSheetData(workbook),
                        "; open it in Excel, save it as .xlsx and try again."),
                new Unreadable("locked.xlsx", agileEncrypted(workbook),
                        "the workbook is password-protected (encrypted); save a copy without a password and try again."),
                new Unreadable("hosts-only.xlsx", Workbooks.of()
                        .sheet("vHost", List.of("Host", "Cluster"), List.of("esx01", "Prod"))
                        .sheet("Notes", List.of("Exported for ACME"), List.of("by the infra team")).xlsx(),
                        "no vInfo sheet or VM inventory sheet found; export the vInfo tab from RVTools."));
    }

    /** A small vInfo workbook with one VM, acme-web-01. */
    public static byte[] workbook() {
        return Workbooks.of().sheet("vInfo", List.of("VM", "CPUs", "OS according to the configuration file"),
                List.of("acme-web-01", "2", "Ubuntu Linux (64-bit)")).xlsx();
    }

    /** A workbook whose vInfo sheet holds these rows of text cells, the first the header. */
    public static byte[] vinfoXlsx(List<List<String>> rows) {
        return Workbooks.of().sheet("vInfo", rows.get(0), rows.subList(1, rows.size()).toArray(List<?>[]::new)).xlsx();
    }

    /** A vInfo header and no data row. */
    public static byte[] headerOnlyXlsx() {
        return Workbooks.of().sheet("vInfo", List.of("VM", "CPUs", "Memory")).xlsx();
    }

    public static byte[] headerOnlyCsv() {
        return "VM,CPUs,Memory\r\n".getBytes(StandardCharsets.UTF_8);
    }

    /** An old binary .xls workbook with one VM, acme-old-01, for an .xlsx name. */
    public static byte[] xls() {
        return Workbooks.of().sheet("vInfo", List.of("VM", "CPUs"), List.of("acme-old-01", "2")).xls();
    }

    /** A real 2x2 PNG image. */
    public static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The workbook encrypted with a password in ECMA-376 agile mode, as Excel 2010 and later encrypt. */
    public static byte[] agileEncrypted(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
                 OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
            fs.writeFilesystem(encrypted);
            return encrypted.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workbook with the deflated data of its vInfo sheet overwritten: a valid zip directory, a broken entry. */
    static byte[] corruptSheetData(byte[] xlsx) {
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at + 30 + name.length < xlsx.length; at++) {
            boolean localHeader = xlsx[at] == 'P' && xlsx[at + 1] == 'K' && xlsx[at + 2] == 3 && xlsx[at + 3] == 4;
            if (localHeader && Arrays.equals(xlsx, at + 30, at + 30 + name.length, name, 0, name.length)) {
                int nameLength = (xlsx[at + 26] & 0xFF) | (xlsx[at + 27] & 0xFF) << 8;
                int extraLength = (xlsx[at + 28] & 0xFF) | (xlsx[at + 29] & 0xFF) << 8;
                int data = at + 30 + nameLength + extraLength;
                byte[] corrupt = xlsx.clone();
                Arrays.fill(corrupt, data, Math.min(data + 64, corrupt.length), (byte) 0xFF);
                return corrupt;
            }
        }
        throw new IllegalStateException("no sheet1.xml in the workbook");
    }

    /**
     * Writes an .xlsx whose vInfo sheet is a header row followed by {@code padding} bytes of
     * blanks: valid XML that deflates about 1,000 to 1. Streamed through the zip from a generator,
     * so writing it needs no more memory than a buffer.
     */
    public static void writeZipBomb(Path file, long padding) throws IOException {
        Map<String, byte[]> entries = ReaderFuzzTest.unzip(workbook());
        byte[] sheet = entries.get("xl/worksheets/sheet1.xml");
        String xml = new String(sheet, StandardCharsets.UTF_8);
        int rowsEnd = xml.indexOf("</row>") + "</row>".length();   // after the header row
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getValue() == sheet) {
                    zip.write(xml.substring(0, rowsEnd).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (long written = 0; written < padding; written += blanks.length) {
                        zip.write(blanks, 0, (int) Math.min(blanks.length, padding - written));
                    }
                    zip.write(xml.substring(rowsEnd).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        }
    }
}
