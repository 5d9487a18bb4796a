package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XrefDigitsTest {
  /** A document whose cross-reference table has Arabic-Indic digits cut to their low byte. */
  private static final String BROKEN =
      "%PDF-1.4\nstream\nxref\nbinary\n\nxre\n\nxref\nnot the table\nendstream\n"
          + "\nxref\n0 2\n" + low("٠٠٠٠٠٠٠٠٠٠ ٦٥٥٣٥ f \n") + low("٠٠٠٠٠٠٠٠١٥ ٠٠٠٠٠ n \n")
          + "trailer\n<<>>\nstartxref\n42\n%%EOF\n";

  private static final String MENDED =
      "%PDF-1.4\nstream\nxref\nbinary\n\nxre\n\nxref\nnot the table\nendstream\n"
          + "\nxref\n0 2\n0000000000 65535 f \n0000000015 00000 n \n"
          + "trailer\n<<>>\nstartxref\n42\n%%EOF\n";

  private static String low(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append((char) (c & 0xFF));
    }
    return b.toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void repair_mapsTheLocaleDigitsBack() {
    assertThat(XrefDigits.repair(bytes(BROKEN))).isEqualTo(bytes(MENDED));
  }

  @Test
  void repair_asciiDigits_unchanged() {
    byte[] fine = bytes(MENDED);
    assertThat(XrefDigits.repair(fine)).isSameAs(fine);
  }

  @Test
  void stream_writtenInPiecesOfAnySize_sameAsRepairingTheWhole() throws Exception {
    assertThat(streamed(bytes(BROKEN))).isEqualTo(MENDED);
    // Markers overlapping ("\nxref\nxref\n"): the table follows the second.
    String overlapping = BROKEN.replace("endstream\n\nxref\n", "endstream\n\nxref\nxref\n");
    assertThat(streamed(bytes(overlapping)))
        .isEqualTo(new String(XrefDigits.repair(bytes(overlapping)), StandardCharsets.ISO_8859_1))
        .contains("xref\nxref\n0 2\n0000000000 65535 f");
  }

  /** The same, written through the stream in pieces of every size; fails unless all agree. */
  private static String streamed(byte[] broken) throws Exception {
    String first = null;
    for (int piece = 1; piece <= broken.length; piece++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      XrefDigits stream = XrefDigits.around(out);
      for (int at = 0; at < broken.length; at += piece) {
        int len = Math.min(piece, broken.length - at);
        if (len == 1) {
          stream.write(broken[at]);
        } else {
          stream.write(broken, at, len);
        }
      }
      stream.finish();
      String result = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
      if (first == null) {
        first = result;
      }
      assertThat(result).as("in pieces of %d bytes", piece).isEqualTo(first);
    }
    return first;
  }

  @Test
  void stream_passesTheDocumentOnBeforeTheTable() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XrefDigits stream = XrefDigits.around(out);
    byte[] body = bytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj");
    stream.write(body, 0, body.length);
    assertThat(out.toByteArray()).isEqualTo(body);
    byte[] table = bytes("\nxref\n0 1\n");
    stream.write(table, 0, table.length);
    assertThat(out.size()).isEqualTo(body.length);
    stream.finish();
    assertThat(out.size()).isEqualTo(body.length + table.length);
  }
}
