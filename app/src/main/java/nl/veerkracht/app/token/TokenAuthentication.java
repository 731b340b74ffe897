package nl.veerkracht.app.token;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request made with a valid API token: its holder's actor name and its one role. */
public final class TokenAuthentication extends AbstractAuthenticationToken {

  private final ApiTokens.Holder holder;

  TokenAuthentication(ApiTokens.Holder holder) {
    super(List.of(new SimpleGrantedAuthority(holder.role().authority())));
    this.holder = holder;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return holder.actor();
  }

  @Override
  public String getName() {
    return holder.actor();
  }
}
