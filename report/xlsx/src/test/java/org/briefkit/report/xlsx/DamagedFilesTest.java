package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Files that are not workbooks BriefKit can read, though named .xlsx: each gets one line that
 * names the file, says what it is and what to do.
 */
class DamagedFilesTest {
  private static String problems(byte[] bytes) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
        () -> CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx"));
    assertThat(e).as("the workbook must be refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage()).doesNotContain("null").doesNotContain("\n");
    return e.getMessage();
  }

  private static byte[] workbook() {
    return TestCases.workbook(TestCases.rich());
  }

  @Test
  void truncated_saysSoAndWhatToDo() {
    byte[] bytes = workbook();
    for (int length : new int[] {bytes.length / 2, bytes.length - 1, bytes.length - 30, 100}) {
      assertThat(problems(Arrays.copyOf(bytes, length))).as("cut at %d", length).isEqualTo(
          "case.xlsx: the file is cut short (truncated, as by an interrupted copy or download): copy or save it"
              + " again and try again");
    }
  }

  @Test
  void textFile_saysItIsNotAWorkbook() {
    assertThat(problems("id: my-case\ntitle: A case\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(
        "case.xlsx: the file holds text, not an .xlsx workbook: save the workbook as .xlsx (Excel Workbook) and try"
            + " again (a case file is named .yaml)");
  }

  @Test
  void otherBinary_saysItIsNotAWorkbook() {
    byte[] bytes = TestCases.workbook(TestCases.rich()).clone();
    bytes[0] = 'X';
    bytes[1] = 'Y';
    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx: not an .xlsx workbook (the file is not a zip package): save the workbook as .xlsx (Excel"
            + " Workbook) and try again");
  }

  @Test
  void empty_saysSo() {
    assertThat(problems(new byte[0])).isEqualTo(
        "case.xlsx: the file is empty: save the workbook as .xlsx (Excel Workbook) and try again");
  }

  @Test
  void encrypted_saysToRemoveThePassword() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook()));
          OutputStream os = encryptor.getDataStream(fs)) {
        pkg.save(os);
      }
      fs.writeFilesystem(out);
    }

    assertThat(problems(out.toByteArray())).isEqualTo(
        "case.xlsx: the workbook is protected by a password (encrypted): remove the password in Excel or"
            + " LibreOffice, save it as .xlsx and try again");
  }

  @Test
  void xls_saysToSaveItAsXlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("Overview").createRow(0).createCell(0).setCellValue("Case");
      wb.write(out);
    }

    assertThat(problems(out.toByteArray())).isEqualTo(
        "case.xlsx: the file is an .xls workbook (Excel 97–2003): save it as .xlsx (Excel Workbook) and try again");
  }

  @Test
  void otherOle2File_saysToSaveItAsXlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }

    assertThat(problems(out.toByteArray())).isEqualTo(
        "case.xlsx: the file is an older Office document (OLE2), not an .xlsx workbook: save the workbook as .xlsx"
            + " (Excel Workbook) and try again");
  }

  @Test
  void ods_saysToSaveItAsXlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThat(problems(out.toByteArray())).isEqualTo(
        "case.xlsx: the file is an OpenDocument spreadsheet (.ods): save it as .xlsx (Excel 2007-365) and try again");
  }

  @Test
  void zipWithoutAWorkbook_saysSo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThat(problems(out.toByteArray())).isEqualTo(
        "case.xlsx: not an .xlsx workbook (the zip package holds no spreadsheet): save the workbook as .xlsx (Excel"
            + " Workbook) and try again");
  }
}
