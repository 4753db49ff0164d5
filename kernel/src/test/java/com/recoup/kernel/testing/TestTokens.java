package com.recoup.kernel.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test key pair whose public half the services trust in
 * their test profile. Also makes the bad tokens a service must refuse.
 */
public final class TestTokens {

  public static final String ISSUER = "recoup-local";
  public static final String AUDIENCE = "recoup";
  private static final String KEY = "jwt/test-private.pem";

  private TestTokens() {}

  /** A valid token for a user holding one role. */
  public static String forRole(String role) {
    return forUser("test-" + role, role);
  }

  /** A valid token for a named user holding the given roles. */
  public static String forUser(String user, String... roles) {
    return claims(user, Set.of(roles)).sign(KEY);
  }

  public static String expired(String role) {
    Instant issued = Instant.now().minus(Duration.ofHours(2));
    return claims("test-" + role, Set.of(role))
        .issuedAt(issued)
        .expiresAt(issued.plus(Duration.ofMinutes(30)))
        .sign(KEY);
  }

  public static String fromOtherIssuer(String role) {
    return claims("test-" + role, Set.of(role)).issuer("https://someone-else.example").sign(KEY);
  }

  public static String forOtherAudience(String role) {
    return claims("test-" + role, Set.of(role)).audience("another-system").sign(KEY);
  }

  /** Bearer header value. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  private static JwtClaimsBuilder claims(String user, Set<String> roles) {
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .upn(user)
        .subject(user)
        .groups(roles)
        .expiresIn(Duration.ofHours(1));
  }
}
