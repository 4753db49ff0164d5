package com.recoup.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of a service. Business dates are read in the company's zone; a fixed instant may be
 * configured ({@code recoup.clock.fixed-instant}) so that a replay or a test sees the same "today"
 * on every run.
 */
@ApplicationScoped
public class ClockProducer {

  @ConfigProperty(name = "recoup.clock.zone", defaultValue = "UTC")
  ZoneId zone;

  @ConfigProperty(name = "recoup.clock.fixed-instant")
  Optional<Instant> fixedInstant;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return fixedInstant.map(instant -> Clock.fixed(instant, zone)).orElse(Clock.system(zone));
  }
}
