package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.in.ImportRecordPage;
import com.recoup.collections.application.port.out.ImportJobRepository;
import com.recoup.collections.domain.imports.ImportJob;
import com.recoup.collections.domain.imports.ImportJobId;
import com.recoup.collections.domain.imports.ImportSource;
import com.recoup.collections.domain.imports.ImportState;
import com.recoup.collections.domain.imports.ImportTally;
import com.recoup.collections.domain.imports.ImportedRecord;
import com.recoup.collections.domain.imports.RecordKind;
import com.recoup.collections.domain.imports.RecordOutcome;
import com.recoup.kernel.domain.DomainException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps imports and their reports in PostgreSQL, with plain JDBC: report lines are written in
 * batches and the tally is counted up in the same statement batch as the lines it counts.
 */
@ApplicationScoped
@Transactional
public class ImportJobPersistenceAdapter implements ImportJobRepository {

  private static final String COLUMNS =
      "id, file_name, format, profile, content_sha256, content_bytes, requested_by, repeat_of,"
          + " state, records_total, accepted, unchanged, rejected, failure_reason, started_at,"
          + " finished_at";
  private static final String INSERT_JOB =
      "insert into import_job (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String FIND_JOB = "select " + COLUMNS + " from import_job where id = ?";
  private static final String LAST_COMPLETED =
      "select id from import_job where content_sha256 = ? and format = ?"
          + " and profile is not distinct from ? and state = 'COMPLETED'"
          + " order by finished_at desc limit 1";
  private static final String UPDATE_JOB =
      "update import_job set state = ?, records_total = ?, failure_reason = ?, finished_at = ?"
          + " where id = ?";
  private static final String COUNT_UP =
      "update import_job set accepted = accepted + ?, unchanged = unchanged + ?,"
          + " rejected = rejected + ? where id = ?";
  private static final String INSERT_RECORD =
      "insert into import_record (job_id, sequence, position, kind, document_number, outcome,"
          + " reason) values (?,?,?,?,?,?,?)";
  private static final String RECORDS =
      "select sequence, position, kind, document_number, outcome, reason from import_record"
          + " where job_id = ? and (?::text is null or outcome = ?) order by sequence"
          + " limit ? offset ?";
  private static final String COUNT_RECORDS =
      "select count(*) from import_record where job_id = ? and (?::text is null or outcome = ?)";
  private static final String FAIL_INTERRUPTED =
      "update import_job set state = 'FAILED', finished_at = now(), failure_reason ="
          + " 'interrupted: the service stopped while the import ran; import the file again to"
          + " finish it' where state = 'RUNNING'";
  private static final String UNIQUE_VIOLATION = "23505";

  private final AgroalDataSource dataSource;

  public ImportJobPersistenceAdapter(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** An import that was running when the service stopped has no worker any more. */
  void failInterruptedImports(@Observes StartupEvent startup) {
    int interrupted = execute(FAIL_INTERRUPTED);
    if (interrupted > 0) {
      Log.warnf("imports interrupted by the last stop marked failed count=%d", interrupted);
    }
  }

  @Override
  public void add(ImportJob job) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_JOB)) {
      bindJob(insert, job);
      insert.executeUpdate();
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw DomainException.conflict(
            "import-already-running",
            "the same file is being imported in this format and profile; wait for it to finish");
      }
      throw failed("store import " + job.id(), e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ImportJob> find(ImportJobId id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(FIND_JOB)) {
      select.setObject(1, id.value());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(toJob(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read import " + id, e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ImportJobId> lastCompletedImportOf(ImportSource source) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(LAST_COMPLETED)) {
      select.setString(1, source.sha256());
      select.setString(2, source.format());
      select.setString(3, source.profile());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new ImportJobId(row.getObject(1, UUID.class)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("look up earlier imports", e);
    }
  }

  @Override
  public void update(ImportJob job) {
    execute(
        UPDATE_JOB,
        job.state().name(),
        job.recordsTotal(),
        job.failureReason(),
        timestamp(job.finishedAt()),
        job.id().value());
  }

  @Override
  public void addRecords(ImportJobId job, List<ImportedRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_RECORD);
        PreparedStatement countUp = connection.prepareStatement(COUNT_UP)) {
      for (ImportedRecord record : records) {
        bindRecord(insert, job, record);
        insert.addBatch();
      }
      insert.executeBatch();
      ImportTally tally = ImportTally.of(records);
      countUp.setInt(1, tally.accepted());
      countUp.setInt(2, tally.unchanged());
      countUp.setInt(3, tally.rejected());
      countUp.setObject(4, job.value());
      countUp.executeUpdate();
    } catch (SQLException e) {
      throw failed("store the report of import " + job, e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ImportRecordPage records(ImportJobId job, RecordOutcome outcome, int page, int size) {
    String wanted = outcome == null ? null : outcome.name();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(RECORDS);
        PreparedStatement count = connection.prepareStatement(COUNT_RECORDS)) {
      bindFilter(select, job, wanted);
      select.setInt(4, size);
      select.setLong(5, (long) page * size);
      List<ImportedRecord> items = new ArrayList<>(size);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          items.add(toRecord(row));
        }
      }
      bindFilter(count, job, wanted);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return new ImportRecordPage(items, page, size, row.getLong(1));
      }
    } catch (SQLException e) {
      throw failed("read the report of import " + job, e);
    }
  }

  private static void bindJob(PreparedStatement insert, ImportJob job) throws SQLException {
    ImportSource source = job.source();
    insert.setObject(1, job.id().value());
    insert.setString(2, source.fileName());
    insert.setString(3, source.format());
    insert.setString(4, source.profile());
    insert.setString(5, source.sha256());
    insert.setLong(6, source.bytes());
    insert.setString(7, source.requestedBy());
    insert.setObject(8, job.repeatOf() == null ? null : job.repeatOf().value(), Types.OTHER);
    insert.setString(9, job.state().name());
    insert.setObject(10, job.recordsTotal(), Types.INTEGER);
    insert.setInt(11, job.tally().accepted());
    insert.setInt(12, job.tally().unchanged());
    insert.setInt(13, job.tally().rejected());
    insert.setString(14, job.failureReason());
    insert.setObject(15, timestamp(job.startedAt()));
    insert.setObject(16, timestamp(job.finishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
  }

  private static void bindRecord(PreparedStatement insert, ImportJobId job, ImportedRecord record)
      throws SQLException {
    insert.setObject(1, job.value());
    insert.setInt(2, record.sequence());
    insert.setString(3, record.position());
    insert.setString(4, record.kind().name());
    insert.setString(5, record.documentNumber());
    insert.setString(6, record.outcome().name());
    insert.setString(7, record.reason());
  }

  private static void bindFilter(PreparedStatement statement, ImportJobId job, String outcome)
      throws SQLException {
    statement.setObject(1, job.value());
    statement.setString(2, outcome);
    statement.setString(3, outcome);
  }

  private static ImportJob toJob(ResultSet row) throws SQLException {
    UUID repeatOf = row.getObject("repeat_of", UUID.class);
    int total = row.getInt("records_total");
    return new ImportJob(
        new ImportJobId(row.getObject("id", UUID.class)),
        new ImportSource(
            row.getString("file_name"),
            row.getString("format"),
            row.getString("profile"),
            row.getString("content_sha256"),
            row.getLong("content_bytes"),
            row.getString("requested_by")),
        repeatOf == null ? null : new ImportJobId(repeatOf),
        ImportState.valueOf(row.getString("state")),
        row.wasNull() ? null : total,
        new ImportTally(row.getInt("accepted"), row.getInt("unchanged"), row.getInt("rejected")),
        instant(row, "started_at"),
        instant(row, "finished_at"),
        row.getString("failure_reason"));
  }

  private static ImportedRecord toRecord(ResultSet row) throws SQLException {
    return new ImportedRecord(
        row.getInt("sequence"),
        row.getString("position"),
        RecordKind.valueOf(row.getString("kind")),
        row.getString("document_number"),
        RecordOutcome.valueOf(row.getString("outcome")),
        row.getString("reason"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private int execute(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed("update imports", e);
    }
  }

  private static IllegalStateException failed(String what, SQLException e) {
    return new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
  }
}
