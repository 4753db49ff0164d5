package com.recoup.collections.application.port.in;

import java.time.LocalDate;

/** Take an invoice back whole, on a day (today when none is given), for a reason. */
public record CancelInvoiceCommand(String invoiceNumber, LocalDate cancelledOn, String reason) {}
