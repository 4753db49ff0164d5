package com.recoup.credit.application.service;

import com.recoup.credit.application.port.in.ListCreditHoldsQuery;
import com.recoup.credit.application.port.in.Page;
import com.recoup.credit.application.port.out.CreditHoldRepository;
import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.CreditHoldId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake of the hold repository for use-case tests. */
class InMemoryCreditHoldRepository implements CreditHoldRepository {

  final Map<CreditHoldId, CreditHold> saved = new LinkedHashMap<>();

  @Override
  public Optional<CreditHold> findForUpdate(CreditHoldId id) {
    return Optional.ofNullable(saved.get(id));
  }

  @Override
  public void save(CreditHold hold) {
    saved.put(hold.id(), hold);
  }

  @Override
  public Page<CreditHold> list(ListCreditHoldsQuery query, LocalDate asOf) {
    List<CreditHold> matching =
        saved.values().stream()
            .filter(h -> query.customerNumber().map(h.customerNumber()::equals).orElse(true))
            .filter(h -> query.active().map(a -> a == h.isActiveOn(asOf)).orElse(true))
            .sorted(Comparator.comparing(CreditHold::placedAt).reversed())
            .toList();
    int size = query.pageRequest().size();
    int from = Math.min(query.pageRequest().page() * size, matching.size());
    List<CreditHold> page = matching.subList(from, Math.min(from + size, matching.size()));
    return new Page<>(page, query.pageRequest().page(), size, matching.size());
  }
}
