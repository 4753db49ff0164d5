package com.recoup.credit.adapter.out.persistence;

import com.recoup.credit.application.port.in.ListCreditHoldsQuery;
import com.recoup.credit.application.port.in.Page;
import com.recoup.credit.application.port.out.CreditHoldRepository;
import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.CreditHoldId;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.credit.domain.HoldOrigin;
import com.recoup.credit.domain.HoldRelease;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps credit holds in {@code credit_hold}. */
@ApplicationScoped
public class CreditHoldPersistenceAdapter implements CreditHoldRepository {

  private static final String ACTIVE =
      "releasedAt is null and (expiresOn is null or expiresOn > :asOf)";
  private static final String INACTIVE = "(releasedAt is not null or expiresOn <= :asOf)";

  @Override
  public Optional<CreditHold> findForUpdate(CreditHoldId id) {
    return CreditHoldJpaEntity.<CreditHoldJpaEntity>findByIdOptional(
            id.value(), LockModeType.PESSIMISTIC_WRITE)
        .map(CreditHoldPersistenceAdapter::toDomain);
  }

  @Override
  public void save(CreditHold hold) {
    CreditHoldJpaEntity row = CreditHoldJpaEntity.findById(hold.id().value());
    if (row == null) {
      row = new CreditHoldJpaEntity();
      row.id = hold.id().value();
      copy(hold, row);
      row.persist();
    } else {
      copy(hold, row);
    }
  }

  @Override
  public Page<CreditHold> list(ListCreditHoldsQuery query, LocalDate asOf) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    query
        .customerNumber()
        .ifPresent(
            customer -> {
              conditions.add("customerNumber = :customer");
              parameters.put("customer", customer.value());
            });
    query
        .active()
        .ifPresent(
            active -> {
              conditions.add(active ? ACTIVE : INACTIVE);
              parameters.put("asOf", asOf);
            });
    Sort newestFirst = Sort.descending("placedAt", "id");
    PanacheQuery<CreditHoldJpaEntity> found =
        conditions.isEmpty()
            ? CreditHoldJpaEntity.findAll(newestFirst)
            : CreditHoldJpaEntity.find(String.join(" and ", conditions), newestFirst, parameters);
    return pageOf(found, query);
  }

  private static Page<CreditHold> pageOf(
      PanacheQuery<CreditHoldJpaEntity> found, ListCreditHoldsQuery query) {
    int page = query.pageRequest().page();
    int size = query.pageRequest().size();
    List<CreditHold> items =
        found.page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
            .map(CreditHoldPersistenceAdapter::toDomain)
            .toList();
    return new Page<>(items, page, size, found.count());
  }

  private static void copy(CreditHold hold, CreditHoldJpaEntity row) {
    row.customerNumber = hold.customerNumber().value();
    row.origin = hold.origin().name();
    row.reason = hold.reason();
    row.evidence = hold.evidence().orElse(null);
    row.expiresOn = hold.expiresOn().orElse(null);
    row.placedBy = hold.placedBy();
    row.placedAt = hold.placedAt();
    Optional<HoldRelease> release = hold.release();
    row.releasedBy = release.map(HoldRelease::releasedBy).orElse(null);
    row.releasedAt = release.map(HoldRelease::releasedAt).orElse(null);
    row.releaseReason = release.map(HoldRelease::reason).orElse(null);
  }

  private static CreditHold toDomain(CreditHoldJpaEntity row) {
    HoldRelease release =
        row.releasedAt == null
            ? null
            : new HoldRelease(row.releasedBy, row.releasedAt, row.releaseReason);
    return CreditHold.restore(
        CreditHold.builder()
            .id(new CreditHoldId(row.id))
            .customerNumber(CustomerNumber.of(row.customerNumber))
            .origin(HoldOrigin.valueOf(row.origin))
            .reason(row.reason)
            .evidence(row.evidence)
            .expiresOn(row.expiresOn)
            .placed(row.placedBy, row.placedAt)
            .release(release));
  }
}
