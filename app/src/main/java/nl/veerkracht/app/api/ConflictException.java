package nl.veerkracht.app.api;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A request that conflicts with the state: answers 409. Says what conflicts as a message code
 * ({@code conflict.*} in the bundles) with its parameters ({@link #because}), rendered in the
 * reader's language. A parameter that is itself a {@link MessageSourceResolvable} (a label) is
 * rendered too; any other is shown as it is (an id is not a number to format).
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

  private final transient MessageSourceResolvable reason;

  private ConflictException(String code, Object[] args) {
    super(code + " " + Arrays.toString(args));
    this.reason = new DefaultMessageSourceResolvable(new String[] {code}, shownAsTheyAre(args));
  }

  /** A conflict with the message {@code code} and its parameters. */
  public static ConflictException because(String code, Object... args) {
    return new ConflictException(code, args);
  }

  @Override
  public String[] getCodes() {
    return reason.getCodes();
  }

  @Override
  public Object[] getArguments() {
    return reason.getArguments();
  }

  static Object[] shownAsTheyAre(Object[] args) {
    return Arrays.stream(args).map(arg -> arg instanceof MessageSourceResolvable ? arg : String.valueOf(arg)).toArray();
  }
}
