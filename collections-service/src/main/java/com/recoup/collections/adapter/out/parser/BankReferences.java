package com.recoup.collections.adapter.out.parser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Payment references for bank files. The bank's own reference is used when it can be a ledger
 * document number; otherwise a reference is derived from where the payment stands in the file, the
 * same on every import of the same file, so that importing it again changes nothing.
 */
public final class BankReferences {

  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/ -]{0,63}");
  private static final String NONE = "NONREF";

  private BankReferences() {}

  /** The stated reference when it is present, meaningful and fits a document number. */
  public static Optional<String> usable(String stated) {
    if (stated == null) {
      return Optional.empty();
    }
    String reference = stated.strip();
    if (reference.equalsIgnoreCase(NONE) || !DOCUMENT_NUMBER.matcher(reference).matches()) {
      return Optional.empty();
    }
    return Optional.of(reference);
  }

  /** "PREFIX-" and 20 hex digits of the SHA-256 of the parts that place the payment in its file. */
  public static String derived(String prefix, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
      return prefix + "-" + HexFormat.of().formatHex(digest).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
