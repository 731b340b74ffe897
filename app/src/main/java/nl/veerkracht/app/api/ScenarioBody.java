package nl.veerkracht.app.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a raw request body as a {@code veerkracht-scenario/1} document. The body is read
 * as bytes and validated by the scenario reader, so that every problem gets the path of the
 * specification rather than a framework message.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(description = "a veerkracht-scenario/1 document", required = true,
    content = @Content(mediaType = "application/json", schema = @Schema(type = "object", description = "veerkracht-scenario/1")))
public @interface ScenarioBody {
}
