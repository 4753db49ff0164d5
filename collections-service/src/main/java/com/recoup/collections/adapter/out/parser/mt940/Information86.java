package com.recoup.collections.adapter.out.parser.mt940;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an :86: field tells about a credit, in the dialects the samples show: the German "?20"
 * subfields (SEPA "EREF+", "SVWZ+"), the Dutch "/REMI/" codes, or free text. Its lines are hard
 * wrapped at 65 characters, so a full line continues the next without a space.
 */
record Information86(String remittance, String endToEndId, String payerName, String payerAccount) {

  private static final int LINE_WIDTH = 65;
  private static final int TAG_WIDTH = ":86:".length();
  private static final Pattern SUBFIELD = Pattern.compile("\\?(\\d{2})");
  private static final Pattern CODE = Pattern.compile("/([A-Z]{3,4})/");

  static Information86 of(String field) {
    if (field == null || field.isBlank()) {
      return new Information86(null, null, null, null);
    }
    String text = unwrap(field);
    if (SUBFIELD.matcher(text).find() && text.contains("?2")) {
      return german(text);
    }
    if (text.contains("/REMI/") || text.contains("/NAME/")) {
      return dutch(text);
    }
    return new Information86(text, null, null, null);
  }

  /** Joins the field's lines: a line filled to the width continues without a space. */
  static String unwrap(String field) {
    String[] lines = field.split("\\r?\\n");
    StringBuilder text = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      int width = lines[i - 1].length() + (i == 1 ? TAG_WIDTH : 0);
      text.append(width >= LINE_WIDTH ? "" : " ").append(lines[i].strip());
    }
    return text.toString().strip();
  }

  private static Information86 german(String text) {
    Map<Integer, String> subfields = subfields(text);
    StringBuilder purpose = new StringBuilder();
    for (int key : List.of(20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63)) {
      purpose.append(subfields.getOrDefault(key, ""));
    }
    String all = purpose.toString();
    String endToEnd = sepaPart(all, "EREF");
    String remittance = sepaPart(all, "SVWZ");
    String name = (subfields.getOrDefault(32, "") + subfields.getOrDefault(33, "")).strip();
    return new Information86(
        blankToNull(remittance != null ? remittance : all),
        "NOTPROVIDED".equals(endToEnd) ? null : endToEnd,
        blankToNull(name),
        blankToNull(subfields.get(31)));
  }

  private static Map<Integer, String> subfields(String text) {
    Map<Integer, String> subfields = new LinkedHashMap<>();
    Matcher marker = SUBFIELD.matcher(text);
    List<int[]> starts = new ArrayList<>();
    while (marker.find()) {
      starts.add(new int[] {marker.start(), Integer.parseInt(marker.group(1))});
    }
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[0] + 3;
      int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      subfields.merge(starts.get(i)[1], text.substring(from, to), String::concat);
    }
    return subfields;
  }

  /** The text after "KEY+" up to the next SEPA keyword ("XXXX+"). */
  private static String sepaPart(String purpose, String key) {
    Matcher part = Pattern.compile(key + "\\+(.*?)(?=[A-Z]{4}\\+|$)").matcher(purpose);
    return part.find() ? blankToNull(part.group(1).strip()) : null;
  }

  private static Information86 dutch(String text) {
    Map<String, String> codes = new LinkedHashMap<>();
    Matcher code = CODE.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (code.find()) {
      starts.add(new int[] {code.start(), code.end()});
      names.add(code.group(1));
    }
    for (int i = 0; i < starts.size(); i++) {
      int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      codes.putIfAbsent(names.get(i), text.substring(starts.get(i)[1], to).strip());
    }
    return new Information86(
        blankToNull(codes.getOrDefault("REMI", text)),
        blankToNull(codes.get("EREF")),
        blankToNull(codes.get("NAME")),
        blankToNull(codes.get("IBAN")));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
