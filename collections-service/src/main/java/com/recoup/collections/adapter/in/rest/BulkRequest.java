package com.recoup.collections.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Up to {@value BulkDocuments#MAX_DOCUMENTS} documents of one kind, each shaped as the single-post
 * endpoint takes it. They are read one by one, so that one malformed document is rejected alone.
 */
public record BulkRequest(@NotNull List<JsonNode> documents) {}
