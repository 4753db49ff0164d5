package com.recoup.collections.domain.ageing;

import java.util.ArrayList;
import java.util.List;

/**
 * The day bounds that cut days past due into buckets. Bounds {@code 0,30,60} give: not due (0 or
 * fewer days past due, so an invoice due on the day itself), 1-30, 31-60 and over 60.
 */
public record AgeingBuckets(List<Integer> bounds) {

  /** Not due, 1-30, 31-60, 61-90, 91-180, 181-365, over 365 (DOMAIN.md). */
  public static final AgeingBuckets STANDARD = new AgeingBuckets(List.of(0, 30, 60, 90, 180, 365));

  private static final int MAX_BOUNDS = 20;
  private static final int MAX_DAYS = 36_500;

  /** One bucket: a label and its inclusive day range; a missing end is open. */
  public record Bucket(String label, Integer fromDays, Integer toDays) {}

  public AgeingBuckets {
    bounds = List.copyOf(bounds);
    if (bounds.isEmpty() || bounds.size() > MAX_BOUNDS || bounds.get(0) != 0) {
      throw new IllegalArgumentException(
          "buckets are 1 to %d day bounds starting with 0, e.g. 0,30,60,90".formatted(MAX_BOUNDS));
    }
    for (int i = 1; i < bounds.size(); i++) {
      if (bounds.get(i) <= bounds.get(i - 1) || bounds.get(i) > MAX_DAYS) {
        throw new IllegalArgumentException(
            "bucket bounds must rise strictly and stay within %d days: %s"
                .formatted(MAX_DAYS, bounds));
      }
    }
  }

  /** Reads bounds such as {@code "0,30,60,90,180,365"}. */
  public static AgeingBuckets parse(String text) {
    if (text == null || !text.matches("\\d{1,5}(,\\d{1,5}){0,30}")) {
      throw new IllegalArgumentException(
          "buckets must be day bounds separated by commas, e.g. 0,30,60,90: " + text);
    }
    List<Integer> bounds = new ArrayList<>();
    for (String part : text.split(",")) {
      bounds.add(Integer.parseInt(part));
    }
    return new AgeingBuckets(bounds);
  }

  public int count() {
    return bounds.size() + 1;
  }

  /** The bucket of an invoice so many days past due (zero or negative: not due). */
  public int indexOf(long daysPastDue) {
    int index = 0;
    while (index < bounds.size() && daysPastDue > bounds.get(index)) {
      index++;
    }
    return index;
  }

  /** The first day of each bucket after "not due"; what SQL's width_bucket compares against. */
  public List<Integer> overdueStarts() {
    return bounds.stream().map(b -> b + 1).toList();
  }

  public List<Bucket> describe() {
    List<Bucket> buckets = new ArrayList<>();
    buckets.add(new Bucket("not due", null, 0));
    for (int i = 1; i < bounds.size(); i++) {
      int from = bounds.get(i - 1) + 1;
      buckets.add(new Bucket(from + "-" + bounds.get(i), from, bounds.get(i)));
    }
    int last = bounds.get(bounds.size() - 1);
    buckets.add(new Bucket("over " + last, last + 1, null));
    return buckets;
  }
}
