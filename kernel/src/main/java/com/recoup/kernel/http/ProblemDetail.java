package com.recoup.kernel.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, the shape of every error a Recoup API returns. {@code code} is
 * stable and meant for programs; {@code detail} is for people. {@code errors} lists the field that
 * is wrong and why, when the request body was at fault.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://recoup.dev/problems/";

  public static ProblemDetail of(int status, String title, String code, String detail) {
    return new ProblemDetail(TYPE_BASE + code, title, status, detail, null, code, List.of());
  }

  public ProblemDetail withErrors(List<FieldError> fieldErrors) {
    return new ProblemDetail(type, title, status, detail, instance, code, fieldErrors);
  }

  public ProblemDetail at(String path) {
    return new ProblemDetail(type, title, status, detail, path, code, errors);
  }

  /** One field of a request that failed validation. */
  public record FieldError(String field, String reason) {}
}
