package com.recoup.collections.adapter.out.parser.mt940;

import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement of an MT940 file (from its :20: to the next), its fields parsed by Prowide Core:
 * the opening (:60F: or :60M:) and closing (:62F: or :62M:) balances and each :61: line with the
 * :86: that follows it.
 */
record Mt940Statement(
    int index,
    String reference,
    String account,
    String number,
    Balance opening,
    Balance closing,
    List<Line> lines) {

  /** A balance, signed (D negative). */
  record Balance(String tag, BigDecimal amount, String currency) {}

  /** One :61: statement line and its :86: information to the account owner, if any. */
  record Line(int index, Field61 field, String raw, String information) {}

  /** Block headers Prowide's parser wants around the fields; their content does not matter. */
  private static final String HEADERS = "{1:F01XXXXXXXXXXXX0000000000}{2:I940XXXXXXXXXXXXN}{4:\r\n";

  static Mt940Statement parse(int index, List<String> fieldLines) {
    String fin = HEADERS + String.join("\r\n", fieldLines) + "\r\n-}";
    SwiftMessage message = MT940.parse(fin).getSwiftMessage();
    String reference = null;
    String account = null;
    String number = null;
    Balance opening = null;
    Balance closing = null;
    List<Line> lines = new ArrayList<>();
    for (Tag tag : message.getBlock4().getTags()) {
      String value = tag.getValue();
      switch (tag.getName()) {
        case "20" -> reference = value.strip();
        case "25" -> account = value.strip();
        case "28", "28C" -> number = value.strip();
        case "60F", "60M" -> opening = opening == null ? balance(tag) : opening;
        case "62F", "62M" -> closing = balance(tag);
        case "61" -> lines.add(new Line(lines.size() + 1, new Field61(value), value, null));
        case "86" -> attach(lines, value);
        default -> {}
      }
    }
    return new Mt940Statement(index, reference, account, number, opening, closing, lines);
  }

  /** An :86: belongs to the :61: just before it; one after the closing balance is ignored. */
  private static void attach(List<Line> lines, String information) {
    if (lines.isEmpty()) {
      return;
    }
    Line last = lines.get(lines.size() - 1);
    if (last.information() == null) {
      lines.set(lines.size() - 1, new Line(last.index(), last.field(), last.raw(), information));
    }
  }

  private static Balance balance(Tag tag) {
    Field60F field = new Field60F(tag.getValue().strip());
    BigDecimal amount = field.getAmountAsBigDecimal();
    if (amount == null || field.getCurrency() == null) {
      return null;
    }
    return new Balance(
        tag.getName(),
        "D".equals(field.getDCMark()) ? amount.negate() : amount,
        field.getCurrency());
  }

  String name() {
    return reference == null ? "#" + index : reference;
  }
}
