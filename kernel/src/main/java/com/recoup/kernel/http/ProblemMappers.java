package com.recoup.kernel.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.recoup.kernel.domain.DomainException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure that reaches the REST layer into RFC 9457 problem details, once, here. Only
 * unexpected failures are logged as errors, with their stack trace; their response says nothing of
 * the internals.
 */
public class ProblemMappers {

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri) {
    int status =
        switch (e.kind()) {
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case RULE_VIOLATED -> 422;
        };
    String title =
        switch (e.kind()) {
          case NOT_FOUND -> "Not found";
          case CONFLICT -> "Conflict with the current state";
          case RULE_VIOLATED -> "Business rule violated";
        };
    return respond(ProblemDetail.of(status, title, e.code(), e.getMessage()), uri);
  }

  @ServerExceptionMapper
  public Response invalidValue(IllegalArgumentException e, UriInfo uri) {
    return respond(ProblemDetail.of(400, "Invalid value", "invalid-value", e.getMessage()), uri);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<ProblemDetail.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new ProblemDetail.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.reason()).collect(Collectors.joining("; "));
    ProblemDetail problem =
        ProblemDetail.of(400, "Request failed validation", "validation-failed", detail);
    return respond(problem.withErrors(errors), uri);
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
    String reason = rootMessage(e);
    ProblemDetail problem =
        ProblemDetail.of(
            400,
            "Malformed request body",
            "malformed-body",
            field.isEmpty() ? reason : field + ": " + reason);
    if (!field.isEmpty()) {
      problem = problem.withErrors(List.of(new ProblemDetail.FieldError(field, reason)));
    }
    return respond(problem, uri);
  }

  /**
   * Quarkus answers these Jackson failures itself with a bare 400 unless a mapper names them; they
   * are the same malformed-body problem as any other unreadable JSON.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unparsableJson(JsonParseException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unbuildableValue(ValueInstantiationException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unmappableJson(JsonMappingException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
        ProblemDetail.of(403, "Forbidden", "forbidden", "your role does not allow this operation"),
        uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadableJson(json, uri);
    }
    if (e.getCause() instanceof IllegalArgumentException invalid) {
      return invalidValue(invalid, uri);
    }
    int status = e.getResponse().getStatus();
    if (e.getResponse().hasEntity()
        && ProblemDetail.MEDIA_TYPE.equals(String.valueOf(e.getResponse().getMediaType()))) {
      return e.getResponse();
    }
    if (status >= 500) {
      Log.error("request failed", e);
    }
    String title =
        Response.Status.fromStatusCode(status) != null
            ? Response.Status.fromStatusCode(status).getReasonPhrase()
            : "HTTP " + status;
    String code = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    String detail = status >= 500 ? "the request could not be completed" : e.getMessage();
    return respond(ProblemDetail.of(status, title, code, detail), uri);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    Log.errorf(e, "unexpected failure on %s", uri.getPath());
    return respond(
        ProblemDetail.of(
            500,
            "Internal error",
            "internal-error",
            "the request could not be completed; it has been logged"),
        uri);
  }

  private Response unauthorized(UriInfo uri) {
    Response problem =
        respond(
            ProblemDetail.of(
                401, "Unauthorized", "unauthorized", "a valid bearer token is required"),
            uri);
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }

  private static Response respond(ProblemDetail problem, UriInfo uri) {
    return Problems.response(problem.at(uri.getPath()));
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // Bean Validation names a list element "<list element>"; the index before it already says
    // which element it is.
    String path = violation.getPropertyPath().toString().replace(".<list element>", "");
    int bodyStart = path.indexOf('.', path.indexOf('.') + 1);
    return bodyStart > 0 ? path.substring(bodyStart + 1) : path;
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof IllegalArgumentException) {
      return root.getMessage();
    }
    if (e instanceof JsonProcessingException json) {
      return json.getOriginalMessage();
    }
    return e.getMessage();
  }
}
