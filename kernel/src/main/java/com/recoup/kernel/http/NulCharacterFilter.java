package com.recoup.kernel.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Refuses a path or query holding an encoded NUL character before it reaches a resource: PostgreSQL
 * cannot store it and no document number or filter needs it.
 */
@Provider
@PreMatching
public class NulCharacterFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String uri = request.getUriInfo().getRequestUri().getRawPath();
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    if (containsNul(uri) || containsNul(query)) {
      request.abortWith(
          Problems.response(
              400,
              "Invalid value",
              "invalid-value",
              "the path or query contains the NUL character (%00)"));
    }
  }

  private static boolean containsNul(String raw) {
    return raw != null && raw.toLowerCase(Locale.ROOT).contains("%00");
  }
}
