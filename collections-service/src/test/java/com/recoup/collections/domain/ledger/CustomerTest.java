package com.recoup.collections.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTest {

  @Test
  void givenTheShortConstructor_customer_hasNoContactsAndTheDefaultSettings() {
    Customer customer =
        new Customer(
            new CustomerNumber("C-1"), "Acme", "DE", Money.currencyOf("EUR"), 30, null, null, true);

    assertThat(customer.contacts()).isEmpty();
    assertThat(customer.applyOldestFirst()).isFalse();
    assertThat(customer.excludedFromDunning()).isFalse();
  }

  @Test
  void givenLanguageTags_contact_acceptsBcp47AndRefusesTheRest() {
    for (String tag : List.of("en", "zh-CN", "zh-Hans-CN", "de")) {
      assertThat(new Contact("Li Wei", tag, ContactChannel.LETTER, null, null).language())
          .isEqualTo(tag);
    }
    for (String tag : List.of("english", "EN", "zh_CN", "")) {
      assertThatThrownBy(() -> new Contact("Li Wei", tag, ContactChannel.LETTER, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("BCP 47");
    }
  }

  @Test
  void givenAChannelWithoutItsAddress_contact_isRefused() {
    assertThatThrownBy(() -> new Contact("Ann", "en", ContactChannel.EMAIL, null, "+49 30 1"))
        .hasMessageContaining("needs an e-mail address");
    assertThatThrownBy(() -> new Contact("Ann", "en", ContactChannel.PHONE, "a@b.de", null))
        .hasMessageContaining("needs a phone number");
    assertThatThrownBy(() -> new Contact("Ann", "en", ContactChannel.EMAIL, "not-mail", null))
        .hasMessageContaining("not an e-mail address");
  }

  @Test
  void givenAZeroAmount_creditNote_isRefused() {
    Money zero = Money.of("0.00", "EUR");
    assertThatThrownBy(
            () ->
                new CreditNote(
                    new DocumentNumber("CN-1"),
                    new CustomerNumber("C-1"),
                    null,
                    LocalDate.of(2026, 1, 1),
                    zero,
                    zero,
                    "goodwill"))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("amount-not-positive");
  }
}
