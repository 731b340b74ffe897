package nl.veerkracht.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The Wbmgp (Rotterdamwet) article a designation is for. */
public enum Article {
  WBMGP_8("WBMGP-8"), WBMGP_9("WBMGP-9"), WBMGP_10("WBMGP-10");

  private final String code;

  Article(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  @JsonCreator
  public static Article fromCode(String code) {
    for (Article article : values()) {
      if (article.code.equals(code)) {
        return article;
      }
    }
    throw new IllegalArgumentException("unknown article " + code);
  }
}
