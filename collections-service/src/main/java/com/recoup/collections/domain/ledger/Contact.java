package com.recoup.collections.domain.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person at the customer whom collectors write to or call, in the language and on the channel
 * they prefer. Personal data: it stays in the ledger and never travels in an event.
 */
public record Contact(
    String name, String language, ContactChannel preferredChannel, String email, String phone) {

  private static final Pattern LANGUAGE =
      Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{3,30}");

  public Contact {
    Objects.requireNonNull(preferredChannel, "preferredChannel");
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("a contact name is 1 to 200 characters");
    }
    if (language == null || !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be a BCP 47 tag such as en or zh-CN: " + language);
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      throw new IllegalArgumentException("not an e-mail address: " + email);
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("not a phone number: " + phone);
    }
    if (preferredChannel == ContactChannel.EMAIL && email == null) {
      throw new IllegalArgumentException("a contact reached by EMAIL needs an e-mail address");
    }
    if (preferredChannel == ContactChannel.PHONE && phone == null) {
      throw new IllegalArgumentException("a contact reached by PHONE needs a phone number");
    }
  }
}
