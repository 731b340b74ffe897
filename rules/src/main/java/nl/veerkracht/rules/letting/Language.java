package nl.veerkracht.rules.letting;

import java.util.Locale;

/** The languages a trace is rendered in: Dutch by default, English on request. */
public enum Language {
  NL, EN;

  /** English for a tag starting with {@code en} (en, en-GB, EN), Dutch for anything else or nothing. */
  public static Language of(String tag) {
    return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : NL;
  }

  public static Language of(Locale locale) {
    return locale == null ? NL : of(locale.getLanguage());
  }
}
