package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.WriteOffInvoiceUseCase;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/** A write-off recorded, with the invoice's open amount and status after it. */
public record WriteOffResponse(
    String invoiceNumber,
    String customerNumber,
    LocalDate writtenOffOn,
    Money amount,
    Money functionalAmount,
    String reason,
    String approvedBy,
    Money invoiceOpenAmount,
    String invoiceStatus) {

  static WriteOffResponse of(WriteOffInvoiceUseCase.Result result) {
    var w = result.writeOff();
    return new WriteOffResponse(
        w.invoice().value(),
        w.customer().value(),
        w.writtenOffOn(),
        w.amount(),
        w.functionalAmount(),
        w.reason(),
        w.approvedBy(),
        result.invoice().openAmount(),
        result.invoice().status().name());
  }
}
