package com.recoup.kernel.http;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes the suite's HTTP conventions into every service's OpenAPI document, so that generated
 * clients know them: the problem-details body of every error, and the Idempotency-Key header of
 * every POST.
 */
public class OpenApiConventions implements OASFilter {

  private static final String PROBLEM = "ProblemDetail";
  private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "The request is malformed or a field is invalid",
          "401", "No valid bearer token",
          "403", "The token's roles do not allow this operation",
          "404", "What the request names does not exist",
          "409", "The request clashes with the current state",
          "422", "A business rule refused the request");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    openApi.getComponents().addSchema(PROBLEM, problemSchema());
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openApi.getPaths().getPathItems().values()) {
      path.getOperations().forEach((method, operation) -> document(method, operation));
    }
  }

  private static void document(PathItem.HttpMethod method, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    ERRORS.forEach(
        (status, description) -> {
          if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, problemResponse(description));
          }
        });
    if (method == PathItem.HttpMethod.POST) {
      operation.addParameter(idempotencyKey());
    }
  }

  private static APIResponse problemResponse(String description) {
    Content content =
        OASFactory.createContent()
            .addMediaType(
                ProblemDetail.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    return OASFactory.createAPIResponse().description(description).content(content);
  }

  private static Parameter idempotencyKey() {
    return OASFactory.createParameter()
        .name(IdempotencyFilter.HEADER)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "Makes a retried POST safe: the same key and body return the stored first response;"
                + " the same key with another body gets 422; while the first is running, 409.")
        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(255));
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    Schema fieldError =
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .addProperty("field", text)
            .addProperty("reason", text);
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("RFC 9457 problem details; code is stable and meant for programs")
        .required(List.of("type", "title", "status", "code"))
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty("code", text)
        .addProperty(
            "errors",
            OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError));
  }
}
