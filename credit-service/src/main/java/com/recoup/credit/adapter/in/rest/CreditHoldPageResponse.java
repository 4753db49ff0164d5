package com.recoup.credit.adapter.in.rest;

import java.util.List;

/** One page of holds and how many match in all. */
public record CreditHoldPageResponse(
    List<CreditHoldResponse> items, int page, int size, long total) {}
