package com.recoup.collections.application.port.in;

import java.time.LocalDate;

/** Whose statement, as of which day (today when none is given). */
public record ReadStatementQuery(String customerNumber, LocalDate asOf) {}
