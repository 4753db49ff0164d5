package com.recoup.kernel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.recoup.kernel.domain.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How every Recoup service reads and writes JSON. Money is {@code {"amount": "1656.25", "currency":
 * "EUR"}}: the amount a string holding the exact decimal, never a JSON number that a client might
 * read as a binary float; reading refuses numbers, unknown currencies and more decimals than the
 * currency has. Text may not hold NUL; dates are YYYY-MM-DD from 1900 to 2199.
 */
@Singleton
public class RecoupJsonModule implements ObjectMapperCustomizer {

  /** Last, so that these readers win over the JavaTimeModule's for LocalDate. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("recoup");
    module.addSerializer(Money.class, new MoneySerializer());
    module.addDeserializer(Money.class, new MoneyDeserializer());
    module.addDeserializer(String.class, new TextDeserializer());
    module.addDeserializer(LocalDate.class, new BusinessDateDeserializer());
    mapper.registerModule(module);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }

  /** Text without the NUL character, which PostgreSQL cannot store and no document needs. */
  static final class TextDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = super.deserialize(parser, context);
      if (text != null && text.indexOf('\u0000') >= 0) {
        throw JsonMappingException.from(parser, "text must not contain the NUL character");
      }
      return text;
    }
  }

  /**
   * An ISO 8601 calendar date between the years 1900 and 2199: outside that no receivable lives,
   * and such a date could not be written in the RFC 3339 form the event contracts require.
   */
  static final class BusinessDateDeserializer extends JsonDeserializer<LocalDate> {
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.getValueAsString();
      if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw JsonMappingException.from(parser, "a date is written YYYY-MM-DD: " + text);
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw JsonMappingException.from(parser, "not a calendar date: " + text);
      }
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        throw JsonMappingException.from(
            parser, "date %s is outside %s to %s".formatted(text, EARLIEST, LATEST));
      }
      return date;
    }
  }

  static final class MoneySerializer extends JsonSerializer<Money> {
    @Override
    public void serialize(Money money, JsonGenerator out, SerializerProvider serializers)
        throws IOException {
      out.writeStartObject();
      out.writeStringField("amount", money.amount().toPlainString());
      out.writeStringField("currency", money.currencyCode());
      out.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return (Money)
            context.handleUnexpectedToken(
                Money.class, parser.currentToken(), parser, "money must be an object");
      }
      JsonNode node = parser.readValueAsTree();
      JsonNode amount = node.get("amount");
      JsonNode currency = node.get("currency");
      if (amount == null || !amount.isTextual()) {
        throw JsonMappingException.from(parser, "amount must be a string holding the decimal");
      }
      if (currency == null || !currency.isTextual()) {
        throw JsonMappingException.from(parser, "currency must be an ISO 4217 code");
      }
      try {
        return Money.of(amount.asText(), currency.asText());
      } catch (IllegalArgumentException invalid) {
        throw JsonMappingException.from(parser, invalid.getMessage());
      }
    }
  }
}
