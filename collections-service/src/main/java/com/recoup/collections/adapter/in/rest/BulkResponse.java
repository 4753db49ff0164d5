package com.recoup.collections.adapter.in.rest;

import java.util.List;

/** What became of each document of a bulk post, in the order they were sent. */
public record BulkResponse(
    int accepted, int unchanged, int rejected, List<DocumentResult> results) {

  /** How a document fared. */
  public enum Status {
    /** Posted now. */
    ACCEPTED,
    /** The same document was in the ledger already; nothing changed. */
    UNCHANGED,
    /** Refused; {@code code} and {@code detail} say why, and nothing of it was written. */
    REJECTED
  }

  /** One document's result: its index in the request, its number, and why when rejected. */
  public record DocumentResult(
      int index, String documentNumber, Status status, String code, String detail) {}

  static BulkResponse of(List<DocumentResult> results) {
    return new BulkResponse(
        count(results, Status.ACCEPTED),
        count(results, Status.UNCHANGED),
        count(results, Status.REJECTED),
        results);
  }

  private static int count(List<DocumentResult> results, Status status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }
}
