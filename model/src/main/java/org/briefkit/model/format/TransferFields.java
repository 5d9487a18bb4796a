package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Evidence;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/** The fields of an {@link ArmsTransfer}. */
final class TransferFields {
  private TransferFields() {}

  static Entity<ArmsTransfer, ArmsTransfer.Builder> entity(Entity<Evidence, Evidence.Builder> evidence) {
    return Entity.declare("transfer", ArmsTransfer::builder, ArmsTransfer.Builder::build)
        .field(required("id", "Id", Types.id(TransferId::of, ""), ArmsTransfer::id,
            ArmsTransfer.Builder::id, "the id of the transfer"))
        .field(required("supplier", "Supplier", Types.id(ActorId::of, "actor"), ArmsTransfer::supplier,
            ArmsTransfer.Builder::supplier, "the actor that supplies the arms"))
        .field(required("recipient", "Recipient", Types.id(ActorId::of, "actor"),
            ArmsTransfer::recipient, ArmsTransfer.Builder::recipient,
            "the actor that receives them, not the supplier"))
        .field(required("items", "Items", Types.TEXT, ArmsTransfer::items, ArmsTransfer.Builder::items,
            "what is transferred (\"K2 tanks\")"))
        .field(defaulted("status", "Status", Types.choice(TransferStatus.class),
            TransferStatus.DELIVERED, null, ArmsTransfer::status, ArmsTransfer.Builder::status,
            "how far the transfer has gone, as the sources give it"))
        .field(list("intermediaries", "Intermediaries", Types.ids(ActorId::of, "actor"),
            ArmsTransfer::intermediaries, ArmsTransfer.Builder::intermediaries,
            "the actors it passes or may pass through"))
        .field(optional("when", "When", Types.SPAN, ArmsTransfer::when, ArmsTransfer.Builder::when,
            "when, to the precision the source gives"))
        .field(optional("tiv", "TIV (not money)", Types.DECIMAL, ArmsTransfer::tiv,
            ArmsTransfer.Builder::tiv,
            "SIPRI's trend-indicator value of what was delivered, in millions of TIV: a measure of"
                + " military capability transferred, not a price (docs/data.md)"))
        .field(list("estimates", "Estimates", Types.choices(ArmsTransfer.Estimate.class, "estimate"),
            ArmsTransfer::estimates, ArmsTransfer.Builder::estimates,
            "which values the source gives as estimates"))
        .field(list("evidence", "Evidence items", Types.records(evidence), ArmsTransfer::evidence,
            ArmsTransfer.Builder::evidence, "what supports it"))
        .done();
  }
}
