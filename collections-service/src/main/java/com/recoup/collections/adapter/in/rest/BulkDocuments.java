package com.recoup.collections.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.http.Problems;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a bulk post: each document is read, validated and handed to its use case on its own, in its
 * own transaction, so that a refused document leaves nothing behind and does not stop the others.
 */
@ApplicationScoped
public class BulkDocuments {

  static final int MAX_DOCUMENTS = 10_000;

  private final ObjectMapper mapper;
  private final Validator validator;

  public BulkDocuments(ObjectMapper mapper, Validator validator) {
    this.mapper = mapper;
    this.validator = validator;
  }

  /**
   * Applies each document; the use case answers true when it posted the document, false when the
   * ledger had it already. More than {@value #MAX_DOCUMENTS} documents are refused whole (413).
   */
  <T> Response post(
      String kind,
      BulkRequest request,
      Class<T> type,
      String numberField,
      Function<T, Boolean> apply) {
    if (request.documents().size() > MAX_DOCUMENTS) {
      return Problems.response(
          413,
          "Too many documents",
          "too-many-documents",
          "a bulk post takes at most %d documents, this one has %d; split it"
              .formatted(MAX_DOCUMENTS, request.documents().size()));
    }
    List<BulkResponse.DocumentResult> results = new ArrayList<>();
    for (int i = 0; i < request.documents().size(); i++) {
      JsonNode document = request.documents().get(i);
      String number = document == null ? null : document.path(numberField).asText(null);
      results.add(resultOf(i, number, () -> apply.apply(read(document, type))));
    }
    BulkResponse response = BulkResponse.of(results);
    Log.infof(
        "bulk post kind=%s accepted=%d unchanged=%d rejected=%d",
        kind, response.accepted(), response.unchanged(), response.rejected());
    return Response.ok(response).build();
  }

  private static BulkResponse.DocumentResult resultOf(
      int index, String number, Supplier<Boolean> posting) {
    try {
      BulkResponse.Status status =
          posting.get() ? BulkResponse.Status.ACCEPTED : BulkResponse.Status.UNCHANGED;
      return new BulkResponse.DocumentResult(index, number, status, null, null);
    } catch (DomainException refused) {
      return rejected(index, number, refused.code(), refused.getMessage());
    } catch (InvalidDocument invalid) {
      return rejected(index, number, invalid.code, invalid.getMessage());
    } catch (IllegalArgumentException invalid) {
      return rejected(index, number, "invalid-value", invalid.getMessage());
    } catch (RuntimeException unexpected) {
      Log.errorf(unexpected, "bulk document failed index=%d number=%s", index, number);
      return rejected(
          index, number, "internal-error", "the document could not be posted; it has been logged");
    }
  }

  private static BulkResponse.DocumentResult rejected(
      int index, String number, String code, String detail) {
    return new BulkResponse.DocumentResult(
        index, number, BulkResponse.Status.REJECTED, code, detail);
  }

  private <T> T read(JsonNode document, Class<T> type) {
    if (document == null || !document.isObject()) {
      throw new InvalidDocument("malformed-document", "a document must be a JSON object");
    }
    T value;
    try {
      value = mapper.treeToValue(document, type);
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw new InvalidDocument("malformed-document", reasonOf(unreadable));
    }
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new InvalidDocument("validation-failed", describe(violations));
    }
    return value;
  }

  private static String reasonOf(Exception unreadable) {
    Throwable root = unreadable;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (unreadable instanceof JsonProcessingException json && root == unreadable) {
      return json.getOriginalMessage();
    }
    return root.getMessage();
  }

  private static <T> String describe(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.joining("; "));
  }

  /** A document that cannot be read or fails validation, with the code for its result. */
  private static final class InvalidDocument extends RuntimeException {
    private final String code;

    InvalidDocument(String code, String message) {
      super(message);
      this.code = code;
    }
  }
}
