package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/**
 * Write off part of an invoice, or, without an amount, all that is open; on a day (today when none
 * is given), for a reason, approved by a named person.
 */
public record WriteOffInvoiceCommand(
    String invoiceNumber, Money amount, LocalDate writtenOffOn, String reason, String approvedBy) {}
