package nl.veerkracht.app.user;

/** What a user may do; each role has its own start page. */
public enum Role {
  OFFICER("/officer"), POLICYMAKER("/policy"), AUDITOR("/audit"), ADMIN("/admin");

  private final String startPage;

  Role(String startPage) {
    this.startPage = startPage;
  }

  public String startPage() {
    return startPage;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
