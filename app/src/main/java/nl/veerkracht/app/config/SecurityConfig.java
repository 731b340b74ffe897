package nl.veerkracht.app.config;

import static nl.veerkracht.app.user.Role.ADMIN;
import static nl.veerkracht.app.user.Role.AUDITOR;
import static nl.veerkracht.app.user.Role.OFFICER;
import static nl.veerkracht.app.user.Role.POLICYMAKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import nl.veerkracht.app.security.RememberedPasswordChecks;
import nl.veerkracht.app.security.SignInAttempts;
import nl.veerkracht.app.security.SignInPages;
import nl.veerkracht.app.security.SignInThrottleFilter;
import nl.veerkracht.app.token.ApiTokens;
import nl.veerkracht.app.token.BearerTokenFilter;
import nl.veerkracht.app.token.TokenAuthentication;
import nl.veerkracht.app.user.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what: the REST API under {@code /api/v1} with HTTP Basic or an API token
 * ({@code Authorization: Bearer}) and no session (so no CSRF token is needed), the pages with a
 * login form, a session and CSRF protection. The role of each endpoint is the one of the
 * interface specification.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfig {

  /**
   * The password is checked before the account's state, so that only who knows it learns that
   * the account is blocked or that its password must be changed. A verified password is
   * remembered for a short time ({@link RememberedPasswordChecks}); the account is read anew on
   * every request.
   */
  @Bean
  DaoAuthenticationProvider authenticationProvider(UserAccounts users, PasswordEncoder passwordEncoder,
      @Value("${veerkracht.sign-in.verified-for:5m}") Duration verifiedFor) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(new RememberedPasswordChecks(passwordEncoder, verifiedFor, 10_000));
    provider.setPreAuthenticationChecks(user -> {
    });
    provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    return provider;
  }

  @Bean
  SignInThrottleFilter signInThrottle(SignInAttempts attempts, MessageSource messages, LocaleResolver locales) {
    return new SignInThrottleFilter(attempts, messages, locales);
  }

  /** The throttle is a filter of both security chains only, not of the servlet container. */
  @Bean
  FilterRegistrationBean<SignInThrottleFilter> signInThrottleOutsideTheChains(SignInThrottleFilter throttle) {
    FilterRegistrationBean<SignInThrottleFilter> registration = new FilterRegistrationBean<>(throttle);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  BearerTokenFilter bearerTokens(ApiTokens tokens) {
    return new BearerTokenFilter(tokens);
  }

  /** The bearer token filter is one of the API's chain only, not of the servlet container. */
  @Bean
  FilterRegistrationBean<BearerTokenFilter> bearerTokensOutsideTheChains(BearerTokenFilter bearerTokens) {
    FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(bearerTokens);
    registration.setEnabled(false);
    return registration;
  }

  /** An administrator signed in as a person: API tokens are not managed with an API token. */
  private static AuthorizationManager<RequestAuthorizationContext> administratorInPerson() {
    return (authentication, context) -> {
      Authentication who = authentication.get();
      return new AuthorizationDecision(who != null && !(who instanceof TokenAuthentication)
          && who.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(ADMIN.authority())));
    };
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, SignInThrottleFilter throttle, BearerTokenFilter bearerTokens)
      throws Exception {
    BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
    challenge.setRealmName("veerkracht");
    // Credentials that could not be checked (the user store, PostgreSQL, is unreachable) are not
    // wrong credentials: answer 503, not 401. Error bodies and pages are web.ErrorPages'.
    AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
      if (failure instanceof InternalAuthenticationServiceException) {
        response.setHeader("Retry-After", "10");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } else {
        challenge.commence(request, response, failure);
      }
    };
    http.securityMatcher("/api/**", "/actuator/prometheus")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/prometheus").hasRole(ADMIN.name())
            .requestMatchers(POST, "/api/v1/scenarios").hasAnyRole(OFFICER.name(), ADMIN.name())
            .requestMatchers(GET, "/api/v1/scenarios", "/api/v1/scenarios/*").hasAnyRole(OFFICER.name(), ADMIN.name())
            .requestMatchers("/api/v1/evaluations/**", "/api/v1/plans/**", "/api/v1/matches/**").hasRole(OFFICER.name())
            .requestMatchers("/api/v1/simulations/**", "/api/v1/areas/**").hasRole(POLICYMAKER.name())
            .requestMatchers(GET, "/api/v1/decisions/*").hasAnyRole(OFFICER.name(), AUDITOR.name())
            .requestMatchers(GET, "/api/v1/decisions").hasRole(AUDITOR.name())
            .requestMatchers(POST, "/api/v1/decisions/*/replay").hasRole(AUDITOR.name())
            .requestMatchers("/api/v1/audit/**").hasRole(AUDITOR.name())
            .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").access(administratorInPerson())
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .addFilterBefore(throttle, BasicAuthenticationFilter.class)
        .addFilterBefore(bearerTokens, BasicAuthenticationFilter.class)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(entryPoint)
            .accessDeniedHandler((request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
        .headers(this::securityHeaders);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, SignInThrottleFilter throttle) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/password", SignInThrottleFilter.LOCKED_PAGE + "/**", "/css/**", "/favicon.ico", "/error")
            .permitAll()
            .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
            .requestMatchers("/officer/**").hasRole(OFFICER.name())
            .requestMatchers("/policy/**").hasRole(POLICYMAKER.name())
            .requestMatchers("/audit/**").hasRole(AUDITOR.name())
            .requestMatchers("/admin/**").hasRole(ADMIN.name())
            .anyRequest().authenticated())
        // after a deep link the user lands on the page asked for; otherwise on their start page
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
            .failureHandler(loginFailure()))
        .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .headers(this::securityHeaders);
    return http.build();
  }

  /**
   * A wrong password goes back to the login form; the right password of a blocked account says
   * so; a password an administrator set leads to the password change; credentials that could
   * not be checked give 503.
   */
  private static AuthenticationFailureHandler loginFailure() {
    AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
    return (request, response, failure) -> {
      if (failure instanceof DisabledException) {
        response.sendRedirect(request.getContextPath() + "/login?blocked");
      } else if (failure instanceof CredentialsExpiredException) {
        request.getSession().setAttribute(SignInPages.MUST_CHANGE, request.getParameter("username"));
        response.sendRedirect(request.getContextPath() + "/password?expired");
      } else if (failure instanceof InternalAuthenticationServiceException) {
        response.setHeader("Retry-After", "10");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } else {
        wrong.onAuthenticationFailure(request, response, failure);
      }
    };
  }

  private void securityHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
  }
}
