package com.recoup.credit.application.port.in;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the number of entries in the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapping) {
    return new Page<>(items.stream().map(mapping).toList(), page, size, total);
  }
}
