package vn.tiendo.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The file types accepted as evidence, recognised by their content, never by name or declared type: PDF, JPEG
 * and PNG by their signatures; DOCX and XLSX are both ZIP packages, told apart by the part they carry.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public final String contentType;
    public final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public static Optional<FileKind> of(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, n, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, n, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, n, ZIP_MAGIC)) {
            return officePackage(file);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officePackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            ZipEntry word = zip.getEntry("word/document.xml");
            ZipEntry excel = zip.getEntry("xl/workbook.xml");
            if (word != null && excel == null) {
                return Optional.of(DOCX);
            }
            if (excel != null && word == null) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (IOException e) { // not a readable ZIP after all
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        return n >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
