package org.briefkit.model;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The words a module generates for readers, in one language: a message bundle (a UTF-8
 * {@code .properties} file) per language, each complete, read through the module's own class
 * so that it is found on the class path and on the module path alike. BriefKit generates
 * English ({@code en}) and Korean ({@code ko}); any other language gets English.
 *
 * <p>A message is text with numbered arguments: {@code {0}} puts the argument in; in Korean,
 * {@code {0|은/는}} puts it in followed by the particle that fits it ({@link Particles}), the
 * first form after a final consonant, the second after a vowel. Nothing depends on the
 * default locale; an instance is immutable.
 */
public final class Messages {
  /** The languages BriefKit generates text in; the first is the fallback. */
  public static final ImmutableSet<String> LANGUAGES = ImmutableSet.of("en", "ko");

  private final String language;
  private final ImmutableMap<String, String> texts;

  private Messages(String language, ImmutableMap<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  /**
   * The language BriefKit generates for BCP 47 tag {@code tag}: its primary language when
   * BriefKit has it ({@code ko-KR} gives {@code ko}), else {@code en}.
   */
  public static String supported(String tag) {
    String primary = tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return LANGUAGES.contains(primary) ? primary : LANGUAGES.iterator().next();
  }

  /**
   * Every language's bundle {@code baseName_xx.properties}, by language, each read once: a
   * module keeps the map in a constant, so that its messages are not read again per use.
   *
   * @throws IllegalStateException if a bundle is missing
   */
  public static ImmutableMap<String, Messages> all(Function<String, InputStream> open, String baseName) {
    ImmutableMap.Builder<String, Messages> b = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      b.put(language, load(open, baseName, language));
    }
    return b.build();
  }

  /** The messages of {@code all} for BCP 47 tag {@code tag}: its language's, else English. */
  public static Messages of(ImmutableMap<String, Messages> all, String tag) {
    return all.get(supported(tag));
  }

  /**
   * The bundle {@code baseName_xx.properties} of the language BriefKit generates for
   * {@code tag}, opened by {@code open} (which a module passes as {@code name ->
   * SomeClass.class.getResourceAsStream(name)}, so that its own resources are read).
   *
   * @throws IllegalStateException if the bundle is missing
   */
  public static Messages load(Function<String, InputStream> open, String baseName, String tag) {
    String lang = supported(tag);
    String name = baseName + "_" + lang + ".properties";
    try (InputStream in = open.apply(name)) {
      if (in == null) {
        throw new IllegalStateException("message bundle " + name + " is missing");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> sorted = new TreeMap<>();
      for (String key : p.stringPropertyNames()) {
        sorted.put(key, p.getProperty(key));
      }
      return new Messages(lang, ImmutableMap.copyOf(sorted));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
  }

  /** The language of these messages: {@code en} or {@code ko}. */
  public String language() {
    return language;
  }

  /** The locale of dates for readers of this language. */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** Whether these are the Korean messages. */
  public boolean korean() {
    return language.equals("ko");
  }

  /** Every key with its text, sorted by key. */
  public ImmutableMap<String, String> texts() {
    return texts;
  }

  /**
   * The text of {@code key}, its arguments put in.
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String get(String key, Object... args) {
    String pattern = texts.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("message (" + key + ") is missing from the " + language + " bundle");
    }
    return args.length == 0 ? pattern : format(pattern, args);
  }

  /**
   * A count with its noun: the text of {@code key + ".one"} when {@code n} is 1, else of
   * {@code key + ".other"}, with {@code n} as its argument {@code {0}} and {@code more} as
   * {@code {1}}... ("1 motivation", "3 motivations"; in Korean "동기 3개" either way).
   */
  public String count(long n, String key, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = n;
    System.arraycopy(more, 0, args, 1, more.length);
    return get(key + (n == 1 ? ".one" : ".other"), args);
  }

  /**
   * A list for a sentence: "A", "A and B", "A, B and C" in English, "A, B 및 C" in Korean, as
   * the bundle's {@code list.pair}, {@code list.last} and {@code list.comma} say.
   */
  public String list(java.util.List<String> parts) {
    int n = parts.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return parts.get(0);
    }
    if (n == 2) {
      return get("list.pair", parts.get(0), parts.get(1));
    }
    String head = String.join(get("list.comma"), parts.subList(0, n - 1));
    return get("list.last", head, parts.get(n - 1));
  }

  /** Puts {@code args} into {@code pattern}: {@code {0}}, and {@code {0|은/는}} with a particle. */
  static String format(String pattern, Object... args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String inside = pattern.substring(i + 1, close);
      int bar = inside.indexOf('|');
      String number = bar < 0 ? inside : inside.substring(0, bar);
      if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
        out.append(c);
        i++;
        continue;
      }
      int n = Integer.parseInt(number);
      if (n >= args.length) {
        throw new IllegalArgumentException(
            "message (" + pattern + ") needs argument {" + n + "} but has " + args.length);
      }
      String arg = String.valueOf(args[n]);
      out.append(arg);
      if (bar >= 0) {
        String[] forms = inside.substring(bar + 1).split("/", 2);
        if (forms.length != 2) {
          throw new IllegalArgumentException("message (" + pattern + ") has a particle without two forms: " + inside);
        }
        out.append(arg.isBlank() ? forms[1] : Particles.choose(arg, forms[0], forms[1]));
      }
      i = close + 1;
    }
    return out.toString();
  }
}
