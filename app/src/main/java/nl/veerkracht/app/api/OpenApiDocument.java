package nl.veerkracht.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's own documentation (OpenAPI 3.1 at {@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): title, version and description, HTTP Basic and API tokens as the
 * security schemes (Swagger UI's Authorize), and the request body of every POST that takes one with its
 * schema and an example, so each endpoint can be tried. The scenario's schema is the JSON
 * Schema the scenario reader validates with, its {@code $defs} as components
 * {@code scenario.<name>}.
 */
@Configuration
public class OpenApiDocument {

  static final String BASIC = "basic";
  static final String BEARER = "bearer";
  static final String SCENARIO = "scenario";
  private static final String SCENARIO_SCHEMA = "/nl/veerkracht/scenario/scenario-v1.schema.json";
  private static final String COMPONENTS = "#/components/schemas/";
  private static final JsonNode MATCH_ACTION_EXAMPLE = new ObjectMapper().createObjectNode()
      .put("reason", "De cliënt wil dichter bij de zorgaanbieder wonen.").put("version", 1);
  private static final JsonNode TOKEN_EXAMPLE = new ObjectMapper().createObjectNode()
      .put("name", "koppeling-woonruimteverdeling").put("role", "OFFICER");

  private static final String DESCRIPTION = """
      Decision support for housing allocation in Rotterdam: import a `veerkracht-scenario/1` \
      dataset, let vacancies through the rule base (every decision recorded with its trace), plan \
      direct mediation for clients of the special target groups, simulate policy variants per \
      buurt, read the indicator model, and audit every decision.

      Authenticate with HTTP Basic or with an API token an administrator made \
      (`Authorization: Bearer <token>`; the button *Authorize*); each endpoint says which role it needs. \
      In the demo profile the users `officer`, `policy`, `auditor` and `admin` have their name as \
      password. Errors: 400 `{"error": "invalid input", "problems": [{"path", "message"}]}`, \
      otherwise `{"error", "message"}`; messages are Dutch unless `Accept-Language: en` or \
      `?lang=en` asks for English.""";

  @Bean
  OpenAPI veerkrachtApi(@Value("${veerkracht.version:development}") String version) {
    return new OpenAPI()
        .info(new Info().title("Veerkracht API").version(version).description(DESCRIPTION))
        .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("A user name and password of Veerkracht; the role decides what is allowed."))
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token made by an administrator (POST /api/v1/tokens); it acts with its one role.")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  /** Schemas and examples of the request bodies, added to what springdoc finds. */
  @Bean
  OpenApiCustomizer requestBodies() {
    return api -> {
      Components components = api.getComponents();
      scenarioSchemas().forEach(components::addSchemas);
      components.addSchemas("simulationRequest", schema(read("/openapi/simulation-request.schema.json")));
      components.addSchemas("matchAction", schema(read("/openapi/match-action.schema.json")));
      components.addSchemas("tokenRequest", schema(read("/openapi/token-request.schema.json")));
      api.getPaths().forEach((path, item) -> describe(path, item.getPost()));
    };
  }

  private static void describe(String path, Operation post) {
    if (post == null) {
      return;
    }
    if (path.equals("/api/v1/scenarios") || path.equals("/api/v1/evaluations") || path.equals("/api/v1/plans")) {
      post.setRequestBody(body("a veerkracht-scenario/1 document", SCENARIO, read("/openapi/scenario-example.json"),
          true));
    } else if (path.equals("/api/v1/simulations")) {
      post.setRequestBody(body("the variants to compare and the simulation's settings", "simulationRequest",
          read("/openapi/simulation-example.json"), true));
    } else if (path.equals("/api/v1/tokens")) {
      post.setRequestBody(body("the new token's name and role", "tokenRequest", TOKEN_EXAMPLE, true));
    } else if (path.startsWith("/api/v1/matches/")) {
      post.setRequestBody(body("the reason (required to reject or withdraw) and the version last read",
          "matchAction", MATCH_ACTION_EXAMPLE, false));
    }
  }

  private static RequestBody body(String description, String component, JsonNode example, boolean required) {
    MediaType json = new MediaType().schema(new Schema<>().$ref(COMPONENTS + component)).example(example);
    return new RequestBody().description(description).required(required)
        .content(new Content().addMediaType("application/json", json));
  }

  /** The scenario's JSON Schema as components: the root as {@code scenario}, each definition as {@code scenario.<name>}. */
  static Map<String, Schema> scenarioSchemas() {
    ObjectNode root = (ObjectNode) read(SCENARIO_SCHEMA);
    ObjectNode definitions = (ObjectNode) root.remove("$defs");
    root.remove(List.of("$schema", "$id"));
    Map<String, Schema> schemas = new LinkedHashMap<>();
    schemas.put(SCENARIO, schema(root));
    for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> definition = it.next();
      schemas.put(SCENARIO + "." + definition.getKey(), schema(definition.getValue()));
    }
    return schemas;
  }

  private static Schema<?> schema(JsonNode json) {
    String text = json.toString().replace("\"#/$defs/", "\"" + COMPONENTS + SCENARIO + ".");
    try {
      return Json31.mapper().readValue(text, Schema.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String resource) {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
