package org.briefkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GexfWriterTest {
  @TempDir Path dir;

  /**
   * Four actors (one affiliated with another), three events (two joining the same pair, one
   * undated joining three actors), three transfers (two between the same pair): 4 nodes and 1
   * affiliation + 4 co-participations (alpha-beta twice, and the three pairs of the third event)
   * + 3 transfers = 8 edges.
   */
  static Case network() {
    ActorId a = ActorId.of("alpha");
    ActorId b = ActorId.of("beta");
    ActorId c = ActorId.of("compact");
    ActorId d = ActorId.of("delta");
    return Case.builder("net", "Network & <friends>")
        .actors(
            Actor.builder(a, "Alpha", ActorKind.STATE).country("AL").affiliation(c).build(),
            Actor.builder(b, "Beta \"B\"", ActorKind.STATE).build(),
            Actor.builder(c, "Compact", ActorKind.ALLIANCE).build(),
            Actor.builder(d, "Delta", ActorKind.ORGANISATION).build())
        .stakeholders(Stakeholder.builder(StakeholderId.of("alpha-s"), "Alpha's government").question("Why?").actor(a).build())
        .events(
            Event.builder(EventId.of("e1"), "Summit", EventKind.SUMMIT).when("2030-05").participants(b, a).build(),
            Event.builder(EventId.of("e2"), "Talks", EventKind.DIALOGUE).when("2031-01-02/2031-01-04").participants(a, b).build(),
            Event.builder(EventId.of("e3"), "Exercise", EventKind.EXERCISE).participants(a, c, d).build())
        .transfers(
            ArmsTransfer.builder(TransferId.of("t1"), b, a).items("Frigates").when(DateSpan.parse("2032"))
                .tiv(new BigDecimal("12.5")).build(),
            ArmsTransfer.builder(TransferId.of("t2"), b, a).items("Radars").status(TransferStatus.ORDERED).build(),
            ArmsTransfer.builder(TransferId.of("t3"), d, b).items("Mines").status(TransferStatus.POSSIBLE).build())
        .build();
  }

  private static byte[] gexf(Case c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GexfWriter.write(c, out);
    return out.toByteArray();
  }

  @Test
  void write_validatesAgainstTheGexf13Schema() throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = f.newSchema(GexfWriterTest.class.getResource("gexf-1.3/gexf.xsd"));

    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(gexf(network()))));
  }

  @Test
  void write_sameCase_sameBytes() throws Exception {
    assertThat(gexf(network())).isEqualTo(gexf(network()));
  }

  @Test
  void write_nodesEdgesAndTimes() throws Exception {
    String text = new String(gexf(network()), StandardCharsets.UTF_8);

    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">");
    assertThat(text).contains("<nodes count=\"4\">", "<edges count=\"8\">");
    assertThat(text).contains("<node id=\"beta\" label=\"Beta &quot;B&quot;\">");
    assertThat(text).contains(
        "<edge id=\"co-alpha-beta\" source=\"alpha\" target=\"beta\" kind=\"co-participation\" weight=\"2\">",
        "<spell start=\"2030-05-01\" end=\"2030-05-31\"/>",
        "<spell start=\"2031-01-02\" end=\"2031-01-04\"/>",
        "<edge id=\"transfer-t1\" source=\"beta\" target=\"alpha\" kind=\"transfer\" weight=\"1\" start=\"2032-01-01\" end=\"2032-12-31\">",
        "<attribute id=\"tiv\" title=\"TIV (not money)\" type=\"double\"/>",
        "<attvalue for=\"tiv\" value=\"12.5\"/>",
        "<attvalue for=\"stakeholder\" value=\"Alpha's government\"/>");
    assertThat(text).endsWith("</gexf>\n");
  }

  /**
   * networkx (Debian's python3-networkx), as analysts load GEXF in Python, reads it whole, the
   * parallel transfers included. networkx 2.8 and 3.x know the namespaces of GEXF 1.1draft and
   * 1.2draft only; where it lacks 1.3, the file is read under 1.2draft's namespace, whose elements
   * and attributes this file's are (the edges' {@code kind} is left aside by networkx).
   */
  @Test
  void write_loadsInNetworkx_withEveryNodeAndEdge() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    boolean ci = System.getenv("CI") != null;
    assumeTrue(ci || Files.isExecutable(python), "no /usr/bin/python3");
    if (!ci) {
      assumeTrue(run(python, "import networkx").exitValue() == 0, "no networkx (python3-networkx)");
    }
    Path file = dir.resolve("net.gexf");
    Files.write(file, gexf(network()));

    Process p = run(python,
        "import io, sys\n"
            + "import networkx as nx\n"
            + "from networkx.readwrite.gexf import GEXF\n"
            + "data = open(sys.argv[1], 'rb').read()\n"
            + "if '1.3' not in GEXF.versions:\n"
            + "    data = data.replace(b'http://gexf.net/1.3', b'http://www.gexf.net/1.2draft')"
            + ".replace(b'version=\"1.3\"', b'version=\"1.2\"')\n"
            + "g = nx.read_gexf(io.BytesIO(data))\n"
            + "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())\n"
            + "print(g.nodes['alpha']['label'], g.nodes['alpha']['kind'])\n",
        file.toString());

    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(out).isEqualTo("4 8 True\nAlpha state\n");
  }

  private static Process run(Path python, String script, String... args) throws Exception {
    String[] command = new String[3 + args.length];
    command[0] = python.toString();
    command[1] = "-c";
    command[2] = script;
    System.arraycopy(args, 0, command, 3, args.length);
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("python did not finish within 60 s");
    }
    return p;
  }
}
