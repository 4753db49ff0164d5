package com.recoup.kpi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kpi.application.port.in.SetTargetCommand;
import com.recoup.kpi.application.port.out.KpiEventPublisher;
import com.recoup.kpi.application.port.out.TargetRepository;
import com.recoup.kpi.domain.KpiFigure;
import com.recoup.kpi.domain.Quarter;
import com.recoup.kpi.domain.Target;
import com.recoup.kpi.domain.TargetDirection;
import com.recoup.kpi.domain.TargetSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetTargetServiceTest {

  private static final Instant NOW = Instant.parse("2026-09-30T16:00:00Z");

  private final FakeTargets targets = new FakeTargets();
  private final List<TargetSet> published = new ArrayList<>();
  private final KpiEventPublisher publisher = published::add;
  private final SetTargetService service =
      new SetTargetService(targets, publisher, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void givenNoTargetYet_set_storesItAndPublishesItWithoutAPreviousValue() {
    Target target = service.set(command("60.00"));

    assertThat(targets.find(KpiFigure.DSO, Quarter.parse("2026-Q4"))).contains(target);
    assertThat(target.setAt()).isEqualTo(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
    assertThat(published).singleElement().satisfies(e -> assertThat(e.previousValue()).isNull());
  }

  @Test
  void givenATarget_setAgain_replacesItAndNamesTheOldValue() {
    service.set(command("60.00"));

    service.set(command("55.50"));

    assertThat(targets.byKey).hasSize(1);
    assertThat(targets.find(KpiFigure.DSO, Quarter.parse("2026-Q4")).orElseThrow().value())
        .isEqualByComparingTo("55.50");
    assertThat(published.get(1).previousValue()).isEqualByComparingTo("60.00");
  }

  private static SetTargetCommand command(String value) {
    return new SetTargetCommand(
        KpiFigure.DSO,
        Quarter.parse("2026-Q4"),
        new BigDecimal(value),
        TargetDirection.AT_MOST,
        "analyst");
  }

  private static final class FakeTargets implements TargetRepository {

    final Map<String, Target> byKey = new HashMap<>();

    @Override
    public Optional<Target> find(KpiFigure figure, Quarter quarter) {
      return Optional.ofNullable(byKey.get(figure + "/" + quarter));
    }

    @Override
    public void save(Target target) {
      byKey.put(target.figure() + "/" + target.quarter(), target);
    }

    @Override
    public List<Target> list(Optional<Quarter> quarter, int offset, int limit) {
      return byKey.values().stream()
          .filter(t -> quarter.map(t.quarter()::equals).orElse(true))
          .sorted(Comparator.comparing(t -> t.figure().name()))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(Optional<Quarter> quarter) {
      return list(quarter, 0, Integer.MAX_VALUE).size();
    }
  }
}
