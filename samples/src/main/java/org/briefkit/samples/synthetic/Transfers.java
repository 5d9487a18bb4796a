package org.briefkit.samples.synthetic;

import static org.briefkit.samples.synthetic.Words.ITEMS;

import java.util.Locale;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Locator;
import org.briefkit.model.PartialDate;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/** The arms transfers between states, some through an intermediary. */
final class Transfers {
  private Transfers() {}

  static void generate(World w, Case.Builder b) {
    TransferStatus[] statuses = TransferStatus.values();
    for (int i = 0; i < w.sizes.transfers(); i++) {
      // Suppliers lean towards the focus and the stakeholders, as in a case about their arms trade.
      int s = w.random.nextInt(2) == 0 ? w.random.nextInt(w.sizes.stakeholders()) : w.random.nextInt(w.states.size());
      int r = (s + 1 + w.random.nextInt(w.states.size() - 1)) % w.states.size();
      ArmsTransfer.Builder t =
          ArmsTransfer.builder(TransferId.of(String.format(Locale.ROOT, "t%05d", i)), w.states.get(s), w.states.get(r))
              .items(ITEMS[w.random.nextInt(ITEMS.length)])
              .status(statuses[w.random.nextInt(statuses.length)])
              .when(DateSpan.of(PartialDate.ofYear(2010 + w.random.nextInt(15))))
              .evidence(
                  Evidence.of(
                      w.sources.get(w.random.nextInt(w.sources.size())),
                      Locator.paragraph(1 + w.random.nextInt(40)),
                      "The source lists the transfer and its status.",
                      EvidenceKind.FACT));
      if (w.states.size() > 2 && w.random.nextInt(4) == 0) {
        ActorId via = w.states.get(w.random.nextInt(w.states.size()));
        if (!via.equals(w.states.get(s)) && !via.equals(w.states.get(r))) {
          t.intermediaries(via);
        }
      }
      b.transfers(t.build());
    }
  }
}
