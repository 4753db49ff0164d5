package com.recoup.kpi.adapter.out.persistence;

import com.recoup.kpi.application.port.out.TargetRepository;
import com.recoup.kpi.domain.KpiFigure;
import com.recoup.kpi.domain.Quarter;
import com.recoup.kpi.domain.Target;
import com.recoup.kpi.domain.TargetDirection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The quarterly targets in table {@code kpi_target}, one row per figure and quarter. */
@ApplicationScoped
public class SqlTargetRepository implements TargetRepository {

  private static final String COLUMNS = "figure, quarter, target, direction, set_by, set_at";
  private static final String FIND =
      "select " + COLUMNS + " from kpi_target where figure = ? and quarter = ?";
  private static final String UPSERT =
      """
      insert into kpi_target (figure, quarter, target, direction, set_by, set_at)
      values (?, ?, ?, ?, ?, ?)
      on conflict (figure, quarter)
      do update set target = excluded.target, direction = excluded.direction,
                    set_by = excluded.set_by, set_at = excluded.set_at
      """;
  private static final String ORDER = " order by quarter desc, figure limit ? offset ?";
  private static final String LIST_ALL = "select " + COLUMNS + " from kpi_target" + ORDER;
  private static final String LIST_QUARTER =
      "select " + COLUMNS + " from kpi_target where quarter = ?" + ORDER;
  private static final String COUNT_ALL = "select count(*) from kpi_target";
  private static final String COUNT_QUARTER = "select count(*) from kpi_target where quarter = ?";

  @Inject Sql sql;

  @Override
  public Optional<Target> find(KpiFigure figure, Quarter quarter) {
    return sql.query(FIND, SqlTargetRepository::target, figure.name(), quarter.toString()).stream()
        .findFirst();
  }

  @Override
  public void save(Target target) {
    sql.update(
        UPSERT,
        target.figure().name(),
        target.quarter().toString(),
        target.value(),
        target.direction().name(),
        target.setBy(),
        target.setAt());
  }

  @Override
  public List<Target> list(Optional<Quarter> quarter, int offset, int limit) {
    return quarter
        .map(q -> sql.query(LIST_QUARTER, SqlTargetRepository::target, q.toString(), limit, offset))
        .orElseGet(() -> sql.query(LIST_ALL, SqlTargetRepository::target, limit, offset));
  }

  @Override
  public long count(Optional<Quarter> quarter) {
    return quarter
        .map(q -> sql.single(COUNT_QUARTER, row -> row.getLong(1), q.toString()))
        .orElseGet(() -> sql.single(COUNT_ALL, row -> row.getLong(1)));
  }

  private static Target target(ResultSet row) throws SQLException {
    return new Target(
        KpiFigure.valueOf(row.getString("figure")),
        Quarter.parse(row.getString("quarter")),
        row.getBigDecimal("target"),
        TargetDirection.valueOf(row.getString("direction")),
        row.getString("set_by"),
        row.getObject("set_at", OffsetDateTime.class));
  }
}
