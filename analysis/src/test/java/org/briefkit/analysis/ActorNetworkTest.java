package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.briefkit.analysis.Fixtures.*;

import org.briefkit.model.TransferStatus;
import org.junit.jupiter.api.Test;

class ActorNetworkTest {
  private final ActorNetwork network = Analyzer.analyze(fixture()).network();

  @Test
  void nodes_everyActorInCaseOrder_withDegreeEventsAndTransfers() {
    assertThat(network.nodes())
        .extracting(n -> n.actor().id().value(), ActorNode::degree, ActorNode::events, ActorNode::transfers)
        .containsExactly(
            tuple("nato-a", 2, 4, 0),
            tuple("rok-a", 4, 5, 5),
            tuple("prk", 1, 0, 1),
            tuple("chn", 0, 0, 0),
            tuple("rus", 1, 0, 1),
            tuple("pol", 1, 1, 3),
            tuple("ukr", 1, 0, 1),
            tuple("usa", 2, 3, 1));
  }

  @Test
  void coParticipation_undirectedPairsInActorOrder_duplicateParticipantsIgnored() {
    assertThat(network.coParticipation())
        .extracting(
            c -> c.first().id().value() + "-" + c.second().id().value(),
            c -> c.events().stream().map(e -> e.id().value()).toList())
        .containsExactly(
            tuple("nato-a-rok-a", java.util.List.of("e1", "e2", "e3", "e6")),
            tuple("nato-a-usa", java.util.List.of("e2", "e6")),
            tuple("rok-a-pol", java.util.List.of("e4")),
            tuple("rok-a-usa", java.util.List.of("e2", "e6")));
  }

  @Test
  void transfers_directedBySupplierRecipientAndStatus() {
    assertThat(network.transfers())
        .extracting(
            e -> e.supplier().id().value() + ">" + e.recipient().id().value(),
            TransferEdge::status,
            e -> e.transfers().size())
        .containsExactly(
            tuple("rok-a>pol", TransferStatus.DELIVERED, 2),
            tuple("rok-a>pol", TransferStatus.ORDERED, 1),
            tuple("rok-a>ukr", TransferStatus.POSSIBLE, 1),
            tuple("prk>rus", TransferStatus.DELIVERED, 1),
            tuple("usa>rok-a", TransferStatus.DELIVERED, 1));
  }

  @Test
  void flows_relativeToTheFocus_byPartnerAndStatus() {
    ArmsFlows flows = network.flows();
    assertThat(flows.focus()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(ROK_A));
    assertThat(flows.imports())
        .extracting(f -> f.partner().id().value(), Flow::status, Flow::count)
        .containsExactly(tuple("usa", TransferStatus.DELIVERED, 1));
    assertThat(flows.exports())
        .extracting(f -> f.partner().id().value(), Flow::status, Flow::count)
        .containsExactly(
            tuple("pol", TransferStatus.DELIVERED, 2),
            tuple("pol", TransferStatus.ORDERED, 1),
            tuple("ukr", TransferStatus.POSSIBLE, 1));
    assertThat(flows.others()).extracting(t -> t.id().value()).containsExactly("t6");
    assertThat(flows.importCount()).isEqualTo(1);
    assertThat(flows.exportCount()).isEqualTo(4);
  }

  @Test
  void flows_withoutFocus_everyTransferIsOther() {
    ArmsFlows noFocus =
        Analyzer.analyze(base().transfers(transfers()).build()).network().flows();
    assertThat(noFocus.focus()).isEmpty();
    assertThat(noFocus.imports()).isEmpty();
    assertThat(noFocus.exports()).isEmpty();
    assertThat(noFocus.others()).hasSize(6);
  }

  @Test
  void node_actorInNoEventOrTransfer_hasDegreeZero() {
    assertThat(network.node(CHN).degree()).isZero();
  }

  @Test
  void network_emptyCase_nodesWithoutEdges() {
    ActorNetwork empty = Analyzer.analyze(empty()).network();
    assertThat(empty.nodes()).hasSize(8).allMatch(n -> n.degree() == 0);
    assertThat(empty.coParticipation()).isEmpty();
    assertThat(empty.transfers()).isEmpty();
  }
}
