package com.recoup.kernel.http;

import jakarta.ws.rs.core.Response;

/** Builds problem-details responses so that every mapper answers in the same shape. */
public final class Problems {

  private Problems() {}

  public static Response response(ProblemDetail problem) {
    return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
  }

  public static Response response(int status, String title, String code, String detail) {
    return response(ProblemDetail.of(status, title, code, detail));
  }
}
