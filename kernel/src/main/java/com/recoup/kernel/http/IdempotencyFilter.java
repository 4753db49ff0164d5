package com.recoup.kernel.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;

/**
 * Honours the {@code Idempotency-Key} header on POST requests: the same key with the same body (as
 * JSON, whatever its white space or key order) gets the stored first response; the same key with
 * another body gets 422; a key whose first request is still running gets 409. Only successes are
 * stored, so a refused request may be corrected and retried with its key. Keys are scoped to the
 * authenticated caller.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @Inject IdempotencyStore store;
  @Inject ObjectMapper mapper;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    Principal caller = request.getSecurityContext().getUserPrincipal();
    if (!"POST".equals(request.getMethod()) || key == null || caller == null) {
      return;
    }
    if (!key.matches("[\\x21-\\x7e]{1,255}")) {
      request.abortWith(
          Problems.response(
              400,
              "Invalid Idempotency-Key",
              "invalid-idempotency-key",
              "an Idempotency-Key is 1 to 255 visible ASCII characters"));
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    IdempotencyStore.Claim claim = store.claim(caller.getName(), key, fingerprint(request, body));
    if (claim instanceof IdempotencyStore.Claim.Granted) {
      request.setProperty(PENDING, new Pending(caller.getName(), key));
    } else if (claim instanceof IdempotencyStore.Claim.Replay replay) {
      request.abortWith(replayOf(replay));
    } else if (claim instanceof IdempotencyStore.Claim.Mismatch) {
      request.abortWith(
          Problems.response(
              422,
              "Idempotency-Key reused",
              "idempotency-key-reused",
              "this Idempotency-Key was already used for a different request"));
    } else {
      request.abortWith(
          Problems.response(
              409,
              "Request in progress",
              "idempotency-request-in-flight",
              "the first request with this Idempotency-Key is still being processed"));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!(request.getProperty(PENDING) instanceof Pending pending)) {
      return;
    }
    if (response.getStatus() >= 300) {
      // Only a success is kept: after a refusal the caller may fix the cause (create the
      // customer, correct a field) and retry with the same key.
      store.release(pending.caller(), pending.key());
      return;
    }
    String body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
    String contentType =
        response.getMediaType() != null ? response.getMediaType().toString() : null;
    store.complete(pending.caller(), pending.key(), response.getStatus(), contentType, body);
  }

  private static Response replayOf(IdempotencyStore.Claim.Replay replay) {
    Response.ResponseBuilder builder =
        Response.status(replay.status()).header(REPLAYED_HEADER, "true");
    if (replay.body() != null) {
      String type =
          replay.contentType() != null ? replay.contentType() : MediaType.APPLICATION_JSON;
      builder.entity(replay.body()).type(type);
    }
    return builder.build();
  }

  private String fingerprint(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String target =
          request.getMethod()
              + " "
              + request.getUriInfo().getRequestUri().getRawPath()
              + "?"
              + request.getUriInfo().getRequestUri().getRawQuery()
              + "\n";
      sha256.update(target.getBytes(StandardCharsets.UTF_8));
      sha256.update(canonical(body));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The body as canonical JSON (keys sorted, no insignificant white space), so that the same
   * request serialised differently still counts as the same; a body that is not JSON as it is.
   */
  private byte[] canonical(byte[] body) {
    try {
      Object value = mapper.readValue(body, Object.class);
      return CANONICAL.writeValueAsBytes(value);
    } catch (IOException notJson) {
      return body;
    }
  }

  private record Pending(String caller, String key) {}
}
