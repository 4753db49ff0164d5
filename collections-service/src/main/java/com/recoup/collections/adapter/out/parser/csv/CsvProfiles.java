package com.recoup.collections.adapter.out.parser.csv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The column-mapping profiles, one JSON file each under {@code import-profiles/} on the class path,
 * checked when loaded. The built-in ones are loaded at startup, so a broken profile stops the
 * service from starting rather than an import from running.
 */
@ApplicationScoped
public class CsvProfiles {

  private static final String FOLDER = "import-profiles/";
  private static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final Map<String, CsvMapping> loaded = new ConcurrentHashMap<>();

  @ConfigProperty(name = "recoup.imports.csv.built-in-profiles", defaultValue = "ibm-ar")
  List<String> builtIn;

  void loadBuiltIns(@Observes StartupEvent startup) {
    builtIn.forEach(this::mapping);
    Log.infof("csv import profiles loaded profiles=%s", builtIn);
  }

  /** The profile's mapping; refuses an unknown or invalid profile as an unreadable file. */
  CsvMapping mapping(String name) {
    if (name == null || name.isBlank()) {
      throw new UnreadableFileException(
          "a CSV import needs a column-mapping profile; built in: " + String.join(", ", builtIn));
    }
    if (!name.matches(NAME)) {
      throw unknown(name);
    }
    return loaded.computeIfAbsent(name, this::load);
  }

  private CsvMapping load(String name) {
    String path = FOLDER + name + ".json";
    try (InputStream in = CsvProfiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw unknown(name);
      }
      CsvProfile profile = json.readValue(in, CsvProfile.class);
      if (!name.equals(profile.name())) {
        throw new IllegalArgumentException(
            "%s names itself '%s'; a profile's name is its file name"
                .formatted(path, profile.name()));
      }
      return CsvMapping.compile(profile);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "CSV profile %s cannot be read: %s".formatted(path, e.getMessage()), e);
    }
  }

  private UnreadableFileException unknown(String name) {
    return new UnreadableFileException(
        "unknown CSV profile '%s'; built in: %s".formatted(name, String.join(", ", builtIn)));
  }
}
