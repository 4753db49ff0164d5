package com.recoup.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the event contracts in deploy/ consistent: every schema is a valid JSON Schema named after
 * its type, the AsyncAPI document lists every event type, and everything it points to exists.
 */
class ContractsTest {

  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final Path SCHEMAS = DEPLOY.resolve("contracts/schemas");

  @Test
  void everySchemaCompilesAndCarriesItsTypeAsId() throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    for (Path file : schemaFiles()) {
      JsonNode schema = new ObjectMapper().readTree(file.toFile());
      String type = file.getFileName().toString().replace(".schema.json", "");
      assertThat(schema.path("$id").asText())
          .as(file.toString())
          .isEqualTo("urn:recoup:schema:" + type);
      assertThat(factory.getSchema(schema)).as(file.toString()).isNotNull();
    }
  }

  @Test
  void asyncApiIsAnAsyncApi3YamlDocumentWhoseMessagesNameTheirTypes() throws IOException {
    JsonNode document =
        new ObjectMapper(new YAMLFactory()).readTree(DEPLOY.resolve("asyncapi.yaml").toFile());
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    JsonNode messages = document.path("components").path("messages");
    assertThat(messages.size()).isPositive();
    messages.forEach(
        message ->
            assertThat(
                    DEPLOY.resolve(
                        "contracts/schemas/" + message.path("name").asText() + ".schema.json"))
                .exists());
  }

  @Test
  void asyncApiListsEveryEventTypeAndEveryReferenceExists() throws IOException {
    String asyncApi = Files.readString(DEPLOY.resolve("asyncapi.yaml"));
    for (Path file : schemaFiles()) {
      assertThat(asyncApi)
          .as("asyncapi.yaml names " + file.getFileName())
          .contains("./contracts/schemas/" + file.getFileName());
    }
    Matcher reference = Pattern.compile("'\\./(contracts/schemas/[^']+)'").matcher(asyncApi);
    while (reference.find()) {
      assertThat(DEPLOY.resolve(reference.group(1))).exists();
    }
  }

  private static List<Path> schemaFiles() throws IOException {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      return files.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
    }
  }
}
