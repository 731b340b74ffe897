package nl.veerkracht.app.api;

import org.springframework.context.MessageSourceResolvable;

/**
 * A resource that does not exist: answers 404. The kind of resource ({@code plan},
 * {@code dataset}, ...) names the message {@code notFound.<kind>} that says so in the reader's
 * language, with the id as its parameter.
 */
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

  private final String code;
  private final String id;

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " does not exist");
    this.code = "notFound." + kind;
    this.id = String.valueOf(id);
  }

  @Override
  public String[] getCodes() {
    return new String[] {code};
  }

  @Override
  public Object[] getArguments() {
    return new Object[] {id};
  }
}
