package com.recoup.kpi.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the service's data source. Connections join the caller's JTA transaction, so a
 * statement commits with the rest of the use case (and with the inbox record of an event).
 */
@ApplicationScoped
public class Sql {

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  @Inject AgroalDataSource dataSource;

  /** Runs an insert, update or delete; returns the number of rows it touched. */
  public int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("statement failed: " + firstLine(sql), e);
    }
  }

  public <T> List<T> query(String sql, Row<T> row, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(row.map(result));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + firstLine(sql), e);
    }
  }

  /** A query that returns exactly one row, such as an aggregate. */
  public <T> T single(String sql, Row<T> row, Object... parameters) {
    return query(sql, row, parameters).get(0);
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static String firstLine(String sql) {
    return sql.strip().lines().findFirst().orElse("");
  }
}
